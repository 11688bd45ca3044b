using LiveFair.Contracts.Sales;
using LiveFair.Web.Media;
using LiveFair.Web.Organisations;

namespace LiveFair.Web.Products;

/// <summary>
/// A product's photos: each upload is checked and converted by the image pipeline, every rendition is stored under
/// <see cref="ProductPhotoKeys.Product"/>, and only then is the photo added to the product. If the product refuses
/// (too many photos, the person lost their role meanwhile), the renditions just stored are removed again, so a
/// refused upload leaves nothing behind.
/// </summary>
public sealed class ProductPhotos(IGrainFactory grains, PhotoUploads uploads, PhotoRenditions renditions)
{
    public async Task<PhotoOutcome<ProductView>> AddAsync(string productId, string actorId, HttpRequest request, CancellationToken cancellationToken)
    {
        PhotoUpload upload;
        try
        {
            upload = await uploads.ReadAsync(request, cancellationToken);
        }
        catch (MediaRejectedException rejected)
        {
            return PhotoOutcome.Refused<ProductView>(rejected);
        }

        var errors = new List<FieldError>();
        var altText = AltTextRules.Validate(upload.AltText, errors);
        return altText is null
            ? PhotoOutcome.Invalid<ProductView>(errors)
            : new(await StoreAsync(productId, actorId, altText, upload.Image, cancellationToken));
    }

    /// <summary>Stores an image the pipeline has already checked and adds it to the product.</summary>
    public async Task<ProductView> StoreAsync(string productId, string actorId, string altText, ProcessedImage image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var photoId = PhotoIds.New();
        var largest = image.Renditions[0];
        await renditions.PutAsync(name => ProductPhotoKeys.Product(productId, photoId, name), image, cancellationToken);
        try
        {
            return await grains.GetGrain<IProductGrain>(productId).AddPhoto(actorId, new ProductPhoto
            {
                PhotoId = photoId,
                AltText = altText,
                Width = largest.Width,
                Height = largest.Height,
            });
        }
        catch
        {
            await renditions.DeleteAsync(name => ProductPhotoKeys.Product(productId, photoId, name));
            throw;
        }
    }

    /// <summary>Takes the photo off the product, then removes its renditions.</summary>
    public async Task<ProductView> RemoveAsync(string productId, string actorId, string photoId)
    {
        if (!PhotoIds.IsValid(photoId))
        {
            throw new Contracts.Common.DomainException(Contracts.Common.ErrorKind.NotFound, "product.photo_not_found", "The product has no such photo.");
        }

        var product = await grains.GetGrain<IProductGrain>(productId).RemovePhoto(actorId, photoId);
        await renditions.DeleteAsync(name => ProductPhotoKeys.Product(productId, photoId, name));
        return product;
    }
}
