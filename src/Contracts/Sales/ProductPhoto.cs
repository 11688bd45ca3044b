namespace LiveFair.Contracts.Sales;

/// <summary>
/// One photo of a product, stored as renditions under <c>products/{productId}/{photoId}/</c> in the media store
/// (<see cref="ProductPhotoKeys"/>). Alt text is required: blind buyers hear it instead of seeing the photo.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.ProductPhoto")]
public sealed record ProductPhoto
{
    [Id(0)] public required string PhotoId { get; init; }
    [Id(1)] public required string AltText { get; init; }

    /// <summary>Size of the largest rendition, so pages reserve the space before the image loads.</summary>
    [Id(2)] public int Width { get; init; }

    [Id(3)] public int Height { get; init; }
}

public static class ProductPhotoLimits
{
    public const int AltText = 250;
    public const int MaxPhotos = 8;
}
