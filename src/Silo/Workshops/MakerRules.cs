using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Silo.Rooms;

namespace LiveFair.Silo.Workshops;

/// <summary>Validates and normalises what a manager writes about a maker; the result is what gets stored.</summary>
internal static class MakerRules
{
    public static MakerInput Validate(MakerInput? input)
    {
        if (input is null)
        {
            throw WorkshopErrors.Invalid("maker.missing", "The maker's details are missing.");
        }

        return new MakerInput
        {
            DisplayName = TextRules.Required(input.DisplayName, MakerLimits.DisplayName, "Display name", "maker.display_name"),
            Story = TextRules.OptionalMultiline(input.Story, MakerLimits.Story, "Story", "maker.story"),
            PublicConsent = input.PublicConsent,
        };
    }

    public static MakerPhoto? Photo(MakerPhoto? photo)
    {
        if (photo is null)
        {
            return null;
        }

        if (!PhotoIds.IsValid(photo.PhotoId))
        {
            throw WorkshopErrors.Invalid("maker.photo.invalid_id", "A photo id is 'ph-' followed by 2 to 40 lowercase letters, digits and dashes.");
        }

        // Sizes only reserve space on the page, but a negative or absurd one would break the layout.
        if (photo.Width is < 0 or > 20_000 || photo.Height is < 0 or > 20_000)
        {
            throw WorkshopErrors.Invalid("maker.photo.invalid_size", "A photo's width and height must be between 0 and 20000 pixels.");
        }

        return photo with
        {
            AltText = TextRules.Required(photo.AltText, ProductPhotoLimits.AltText, "Alt text", "maker.photo.alt_text"),
        };
    }

    /// <summary>A maker id from a request: it must look like one before it is looked up.</summary>
    public static string MakerId(string? makerId) =>
        MakerIds.IsValid(makerId) ? makerId! : throw WorkshopErrors.NotFound(makerId ?? "");
}
