using Microsoft.Extensions.Options;

namespace LiveFair.Web.Media;

/// <summary>Stops the start with every problem named, rather than failing on the first upload.</summary>
internal sealed class MediaOptionsValidator : IValidateOptions<MediaOptions>
{
    public ValidateOptionsResult Validate(string? name, MediaOptions options)
    {
        var problems = new List<string>();
        switch (options.Provider)
        {
            case MediaProvider.LocalFolder:
                if (string.IsNullOrWhiteSpace(options.LocalFolder.Path))
                {
                    problems.Add("Media:LocalFolder:Path is required when Media:Provider is LocalFolder.");
                }

                break;
            case MediaProvider.AzureBlob:
                if (string.IsNullOrWhiteSpace(options.AzureBlob.ConnectionString))
                {
                    problems.Add("Media:AzureBlob:ConnectionString is required when Media:Provider is AzureBlob.");
                }

                if (!IsContainerName(options.AzureBlob.Container))
                {
                    problems.Add("Media:AzureBlob:Container must be 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.");
                }

                break;
            default:
                problems.Add("Media:Provider must be LocalFolder or AzureBlob.");
                break;
        }

        var images = options.Images;
        if (images.MaxUploadBytes <= 0)
        {
            problems.Add("Media:Images:MaxUploadBytes must be positive.");
        }

        if (images.MaxPixels <= 0 || images.MaxSide <= 0)
        {
            problems.Add("Media:Images:MaxPixels and Media:Images:MaxSide must be positive.");
        }

        if (images.WebpWidths.Count == 0 || images.WebpWidths.Any(w => w <= 0) || images.JpegWidth <= 0)
        {
            problems.Add("Media:Images:WebpWidths needs at least one width, and every width (JpegWidth too) must be positive.");
        }

        if (images.WebpQuality is < 1 or > 100 || images.JpegQuality is < 1 or > 100)
        {
            problems.Add("Media:Images:WebpQuality and Media:Images:JpegQuality must be between 1 and 100.");
        }

        if (images.MaxConcurrent <= 0)
        {
            problems.Add("Media:Images:MaxConcurrent must be positive.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsContainerName(string? name) =>
        name is { Length: >= 3 and <= 63 }
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && name[0] != '-' && name[^1] != '-'
        && !name.Contains("--", StringComparison.Ordinal);
}
