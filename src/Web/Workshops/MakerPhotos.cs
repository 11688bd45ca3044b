using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Web.Media;
using LiveFair.Web.Organisations;

namespace LiveFair.Web.Workshops;

/// <summary>
/// A maker's photo: checked and converted by the image pipeline, stored under <see cref="ProductPhotoKeys.Maker"/>,
/// then set on the maker. If the workshop refuses, the renditions just stored are removed again; a photo it replaces
/// is removed once the new one is set.
/// </summary>
public sealed class MakerPhotos(IGrainFactory grains, PhotoUploads uploads, PhotoRenditions renditions)
{
    /// <summary>Reads a streamed multipart upload from <paramref name="request"/> and sets it as the maker's photo.</summary>
    public async Task<PhotoOutcome<Maker>> SetAsync(string workshopId, string makerId, string actorId, HttpRequest request, CancellationToken cancellationToken)
    {
        PhotoUpload upload;
        try
        {
            upload = await uploads.ReadAsync(request, cancellationToken);
        }
        catch (MediaRejectedException rejected)
        {
            return PhotoOutcome.Refused<Maker>(rejected);
        }

        var errors = new List<FieldError>();
        var altText = AltTextRules.Validate(upload.AltText, errors);
        return altText is null
            ? PhotoOutcome.Invalid<Maker>(errors)
            : new(await StoreAsync(workshopId, makerId, actorId, altText, upload.Image, cancellationToken));
    }

    /// <summary>Stores an image the pipeline has already checked and sets it as the maker's photo.</summary>
    public async Task<Maker> StoreAsync(string workshopId, string makerId, string actorId, string altText, ProcessedImage image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var workshop = grains.GetGrain<IWorkshopGrain>(workshopId);
        var previous = await FindAsync(workshop, makerId, actorId);
        var photoId = PhotoIds.New();
        var largest = image.Renditions[0];
        await renditions.PutAsync(name => ProductPhotoKeys.Maker(workshopId, photoId, name), image, cancellationToken);
        Maker maker;
        try
        {
            maker = await workshop.SetMakerPhoto(actorId, makerId, new MakerPhoto
            {
                PhotoId = photoId,
                AltText = altText,
                Width = largest.Width,
                Height = largest.Height,
            });
        }
        catch
        {
            await renditions.DeleteAsync(name => ProductPhotoKeys.Maker(workshopId, photoId, name));
            throw;
        }

        if (previous.Photo is { } replaced)
        {
            await renditions.DeleteAsync(name => ProductPhotoKeys.Maker(workshopId, replaced.PhotoId, name));
        }

        return maker;
    }

    public async Task<Maker> ClearAsync(string workshopId, string makerId, string actorId)
    {
        var workshop = grains.GetGrain<IWorkshopGrain>(workshopId);
        var previous = await FindAsync(workshop, makerId, actorId);
        var maker = await workshop.SetMakerPhoto(actorId, makerId, null);
        if (previous.Photo is { } removed)
        {
            await renditions.DeleteAsync(name => ProductPhotoKeys.Maker(workshopId, removed.PhotoId, name));
        }

        return maker;
    }

    private static async Task<Maker> FindAsync(IWorkshopGrain workshop, string makerId, string actorId) =>
        (await workshop.GetMakers(actorId)).FirstOrDefault(maker => maker.MakerId == makerId)
            ?? throw WorkshopProblems.MakerNotFound(makerId);
}
