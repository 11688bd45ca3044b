using LiveFair.Contracts.Sales;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Media;

/// <summary>
/// Stores and removes the renditions of one photo under the keys <see cref="ProductPhotoKeys"/> gives (the pipeline's
/// <c>w800.webp</c> is stored as <c>800.webp</c>). Storing is all or nothing: if one rendition cannot be stored, those
/// already stored are removed again.
/// </summary>
public sealed partial class PhotoRenditions(IMediaStore store, IOptions<MediaOptions> options, ILogger<PhotoRenditions> logger)
{
    public static string NameOf(ImageRendition rendition)
    {
        ArgumentNullException.ThrowIfNull(rendition);
        return rendition.Name.StartsWith('w') ? rendition.Name[1..] : rendition.Name;
    }

    /// <summary>Every rendition name a photo may have: the agreed ones and those the configured widths make.</summary>
    public IReadOnlyList<string> AllNames
    {
        get
        {
            var images = options.Value.Images;
            return [.. ProductPhotoKeys.Renditions
                .Concat(images.WebpWidths.Select(width => $"{width}.webp"))
                .Append($"{images.JpegWidth}.jpg")
                .Distinct(StringComparer.Ordinal)];
        }
    }

    /// <param name="keyOf">The key of a rendition, by name: e.g. <c>name => ProductPhotoKeys.Product(productId, photoId, name)</c>.</param>
    public async Task PutAsync(Func<string, string> keyOf, ProcessedImage image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(image);
        var stored = new List<string>();
        try
        {
            foreach (var rendition in image.Renditions)
            {
                var key = keyOf(NameOf(rendition));
                using var content = new MemoryStream(rendition.Content, writable: false);
                await store.PutAsync(key, content, rendition.ContentType, cancellationToken);
                stored.Add(key);
            }
        }
        catch
        {
            await DeleteKeysAsync(stored);
            throw;
        }
    }

    /// <summary>Removes every rendition of the photo; never throws, since the photo is already gone from the product.</summary>
    public Task DeleteAsync(Func<string, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(keyOf);
        return DeleteKeysAsync([.. AllNames.Select(keyOf)]);
    }

    private async Task DeleteKeysAsync(IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
        {
            try
            {
                // Not the request's token: a cancelled request must still not leave files behind.
                await store.DeleteAsync(key, CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Azure.RequestFailedException)
            {
                LogDeleteFailed(logger, e, key);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Media object {Key} could not be removed; nothing refers to it any more")]
    private static partial void LogDeleteFailed(ILogger logger, Exception exception, string key);
}
