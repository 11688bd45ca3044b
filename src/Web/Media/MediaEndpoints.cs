using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace LiveFair.Web.Media;

/// <summary>
/// Serves stored photos at <c>/media/{key}</c>. A key never changes its content (a new upload gets a new photo id),
/// so responses may be cached for a year and the ETag can be made from the key and length without reading the bytes.
/// Only raster images are ever served, with the type they were stored with and <c>nosniff</c>, so no stored object can
/// be turned into a page of this site.
/// </summary>
internal static class MediaEndpoints
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    // Raster images only: an SVG is an image/* type too, but it can carry script.
    private static readonly HashSet<string> ServedTypes = new(StringComparer.OrdinalIgnoreCase) { "image/webp", "image/jpeg", "image/png" };

    public static WebApplication MapMediaEndpoints(this WebApplication app)
    {
        app.MapGet("/media/{**key}", GetAsync)
            .WithTags("Media")
            .WithName("GetMedia")
            .WithSummary("A stored photo rendition (WebP or JPEG), cached for a year; keys never change their content")
            .Produces(StatusCodes.Status200OK, contentType: "image/webp")
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> GetAsync(string? key, HttpContext context, IMediaStore store, CancellationToken cancellationToken)
    {
        if (!MediaKey.IsValid(key))
        {
            return Results.NotFound();
        }

        var media = await store.GetAsync(key!, cancellationToken);
        if (media is null)
        {
            return Results.NotFound();
        }

        if (!ServedTypes.Contains(media.ContentType))
        {
            await media.DisposeAsync();
            return Results.NotFound();
        }

        var etag = new EntityTagHeaderValue(ETagOf(key!, media.Length));
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = CacheControl;
        // Results.Stream answers If-None-Match with 304 from the ETag, and disposes the stream either way.
        return Results.Stream(media.Content, media.ContentType, entityTag: etag);
    }

    private static string ETagOf(string key, long length)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
        return string.Create(CultureInfo.InvariantCulture, $"\"{hash}-{length:x}\"");
    }
}
