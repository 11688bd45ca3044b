using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LiveFair.Web.Media;

/// <summary>A photo as it arrived: its alt text as typed (maybe empty) and the checked, converted image.</summary>
public sealed record PhotoUpload(string AltText, ProcessedImage Image);

/// <summary>
/// Reads a multipart photo upload (<c>file</c> and <c>altText</c>, in either order) straight from the request body
/// into the image pipeline, never through a buffered form: the pipeline stops reading at the size limit, so an
/// over-size upload is refused after at most that many bytes. The whole request may be at most the size limit and
/// <see cref="FormOverhead"/>; a longer declared body is refused before a byte of it is read.
/// </summary>
public sealed class PhotoUploads(ImagePipeline pipeline, IOptions<MediaOptions> options)
{
    /// <summary>Room for the multipart boundaries, part headers and the alt text around the file itself.</summary>
    public const long FormOverhead = 64 * 1024;

    public const string FileField = "file";
    public const string AltTextField = "altText";

    private const int AltTextReadLimit = 4096;

    public long MaxRequestBytes => options.Value.Images.MaxUploadBytes + FormOverhead;

    /// <summary>
    /// The upload, or a <see cref="MediaRejectedException"/>: <see cref="MediaErrorCodes.TooLarge"/> (also when the
    /// body is longer than allowed), <see cref="MediaErrorCodes.NotAnImage"/>, <see cref="MediaErrorCodes.TooManyPixels"/>,
    /// <see cref="MediaErrorCodes.Corrupt"/>, or <see cref="PhotoUploadErrors"/> codes for a request that is not a photo form.
    /// </summary>
    public async Task<PhotoUpload> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = MaxRequestBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            throw new MediaRejectedException(PhotoUploadErrors.NotMultipart, "Send the photo as multipart/form-data with the fields 'file' and 'altText'.");
        }

        try
        {
            return await ReadPartsAsync(new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 8 * 1024 }, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            CloseAfterResponse(request);
            throw new MediaRejectedException(MediaErrorCodes.TooLarge, $"The upload is larger than the limit of {options.Value.Images.MaxUploadBytes} bytes.", e);
        }
        catch (MediaRejectedException e) when (e.Code == MediaErrorCodes.TooLarge)
        {
            CloseAfterResponse(request);
            throw;
        }
        catch (InvalidDataException e)
        {
            throw new MediaRejectedException(PhotoUploadErrors.MalformedForm, "The multipart form could not be read.", e);
        }
    }

    /// <summary>
    /// The rest of a refused upload is never read: the answer says the connection closes after it, so the server does
    /// not wait to drain the body and the client learns at once to stop sending.
    /// </summary>
    private static void CloseAfterResponse(HttpRequest request) => request.HttpContext.Response.Headers.Connection = "close";

    private async Task<PhotoUpload> ReadPartsAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        string? altText = null;
        ProcessedImage? image = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            var name = HeaderUtilities.RemoveQuotes(disposition?.Name ?? default).Value;
            if (name == FileField && disposition!.IsFileDisposition())
            {
                if (image is not null)
                {
                    throw new MediaRejectedException(PhotoUploadErrors.OneFile, "Send one photo per request.");
                }

                image = await pipeline.ProcessAsync(section.Body, cancellationToken);
            }
            else if (name == AltTextField)
            {
                altText = await ReadTextAsync(section.Body, cancellationToken);
            }
            else
            {
                // Anything else (a browser's empty extra field, say) is read past, never kept.
                await section.Body.DrainAsync(cancellationToken);
            }
        }

        return image is null
            ? throw new MediaRejectedException(PhotoUploadErrors.NoFile, "Choose a photo to upload (the 'file' field).")
            : new PhotoUpload(altText ?? "", image);
    }

    /// <summary>The alt text, cut off long after any valid length so that the rules report it as too long.</summary>
    private static async Task<string> ReadTextAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = new char[AltTextReadLimit];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        await body.DrainAsync(cancellationToken);
        return new string(buffer, 0, read);
    }
}

/// <summary>Codes for a request that is not a usable photo form (the image itself is judged by <see cref="MediaErrorCodes"/>).</summary>
public static class PhotoUploadErrors
{
    public const string NotMultipart = "media.not_multipart";
    public const string MalformedForm = "media.malformed_form";
    public const string NoFile = "media.no_file";
    public const string OneFile = "media.one_file";
}
