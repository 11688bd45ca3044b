using LiveFair.Contracts.Sales;
using LiveFair.Web.Organisations;

namespace LiveFair.Web.Media;

/// <summary>Alt text is required on every photo: blind buyers hear it instead of seeing the photo.</summary>
public static class AltTextRules
{
    public const string Field = "altText";
    public const string Empty = "photo.alt_text.empty";
    public const string TooLong = "photo.alt_text.too_long";

    /// <summary>The alt text to store (trimmed, otherwise as typed), or null with the problem added to <paramref name="errors"/>.</summary>
    public static string? Validate(string? altText, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = altText?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new FieldError(Field, Empty, "Describe the photo for people who cannot see it (alt text is required)."));
            return null;
        }

        if (text.Length > ProductPhotoLimits.AltText || text.Any(c => char.IsControl(c) && c != '\n'))
        {
            errors.Add(new FieldError(Field, TooLong, $"Alt text is at most {ProductPhotoLimits.AltText} characters of plain text."));
            return null;
        }

        return text;
    }
}
