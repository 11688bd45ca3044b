using LiveFair.Contracts.Sales;
using LiveFair.Silo.Rooms;

namespace LiveFair.Silo.Sales;

/// <summary>The product's photos: the renditions are stored by Web before the grain hears of them, so here only the list and alt texts.</summary>
public sealed partial class ProductGrain
{
    public async Task<ProductView> AddPhoto(string actorId, ProductPhoto photo)
    {
        ArgumentNullException.ThrowIfNull(photo);
        EnsureExists();
        await RequireManagerAsync(State.WorkshopId!, actorId);
        if (!PhotoIds.IsValid(photo.PhotoId))
        {
            throw ProductErrors.Invalid("product.invalid_photo_id", "A photo id is 'ph-' followed by 2 to 40 lowercase letters, digits and dashes.");
        }

        if (photo.Width is < 1 or > 100_000 || photo.Height is < 1 or > 100_000)
        {
            throw ProductErrors.Invalid("product.invalid_photo_size", "A photo's width and height must be positive.");
        }

        var described = photo with { AltText = AltText(photo.AltText) };
        if (State.Photos.Any(p => p.PhotoId == photo.PhotoId))
        {
            // The same upload told twice (a retried request) is not a second photo.
            return State.Photos.Single(p => p.PhotoId == photo.PhotoId) == described ? View() : throw ProductErrors.PhotoExists();
        }

        if (State.Photos.Count >= ProductPhotoLimits.MaxPhotos)
        {
            throw ProductErrors.TooManyPhotos();
        }

        await PersistAsync(s => s.Photos.Add(described));
        await ListingChangedAsync();
        return View();
    }

    public async Task<ProductView> DescribePhoto(string actorId, string photoId, string altText)
    {
        EnsureExists();
        await RequireManagerAsync(State.WorkshopId!, actorId);
        var index = PhotoIndex(photoId);
        var described = State.Photos[index] with { AltText = AltText(altText) };
        await PersistAsync(s => s.Photos[index] = described);
        await ListingChangedAsync();
        return View();
    }

    public async Task<ProductView> RemovePhoto(string actorId, string photoId)
    {
        EnsureExists();
        await RequireManagerAsync(State.WorkshopId!, actorId);
        var index = PhotoIndex(photoId);
        await PersistAsync(s => s.Photos.RemoveAt(index));
        await ListingChangedAsync();
        return View();
    }

    private int PhotoIndex(string photoId)
    {
        var index = State.Photos.FindIndex(p => p.PhotoId == photoId);
        return index >= 0 ? index : throw ProductErrors.PhotoNotFound();
    }

    /// <summary>Required: a blind buyer hears this instead of seeing the photo.</summary>
    private static string AltText(string? altText) =>
        TextRules.Required(altText, ProductPhotoLimits.AltText, "Alt text", "product.alt_text");
}
