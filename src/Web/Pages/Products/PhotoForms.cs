using LiveFair.Web.Localization;
using LiveFair.Web.Media;
using LiveFair.Web.Organisations;
using LiveFair.Web.Products;
using Microsoft.AspNetCore.Antiforgery;

namespace LiveFair.Web.Pages.Products;

/// <summary>A photo form posted without script, read and checked: the image and its alt text, or a message in the visitor's language.</summary>
public sealed record PhotoForm(string? AltText, ProcessedImage? Image, string? Error, bool Forged = false);

/// <summary>Reads photo forms for the pages that take uploads without script (products and makers).</summary>
public static class PhotoForms
{
    /// <summary>
    /// Reads the form within the media size limit (FormOptions), checks the anti-forgery token, the alt text and the
    /// image. Nothing is stored here.
    /// </summary>
    public static async Task<PhotoForm> ReadAsync(HttpContext context, IAntiforgery antiforgery, ImagePipeline pipeline, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(texts);
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return new PhotoForm(null, null, Refusal(texts, MediaErrorCodes.TooLarge, pipeline));
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return new PhotoForm(null, null, Refusal(texts, "generic"), Forged: true);
        }

        // A refusal from here on carries what was typed as alt text back to the form (only the file must be chosen again).
        var typed = form[PhotoUploads.AltTextField].ToString();
        var errors = new List<FieldError>();
        var altText = AltTextRules.Validate(form[PhotoUploads.AltTextField], errors);
        if (altText is null)
        {
            return new PhotoForm(typed, null, Refusal(texts, errors[0].Code));
        }

        if (form.Files.GetFile(PhotoUploads.FileField) is not { Length: > 0 } file)
        {
            return new PhotoForm(typed, null, Refusal(texts, PhotoUploadErrors.NoFile));
        }

        try
        {
            await using var stream = file.OpenReadStream();
            return new PhotoForm(altText, await pipeline.ProcessAsync(stream, cancellationToken), null);
        }
        catch (MediaRejectedException rejected)
        {
            return new PhotoForm(typed, null, Refusal(texts, rejected.Code, pipeline));
        }
    }

    /// <summary>The visitor's words for a product, photo or media code; a general message for codes without their own.</summary>
    public static string Refusal(Texts texts, string code, ImagePipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var key = ProductTexts.ErrorKey(code);
        var text = texts[key];
        if (text == key)
        {
            return texts[ProductTexts.ErrorKey("generic")];
        }

        return code == MediaErrorCodes.TooLarge && pipeline is not null
            ? string.Format(System.Globalization.CultureInfo.CurrentCulture, text, pipeline.Options.MaxUploadBytes / (1024 * 1024))
            : text;
    }
}
