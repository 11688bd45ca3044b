using LiveFair.Contracts.Rooms;

namespace LiveFair.Silo.Rooms;

internal static class CaptionRules
{
    /// <summary>Checks a caption before anything changes; the returned values are what the room stores.</summary>
    public static (string Text, string Speaker, string Language) Validate(CaptionInput input, string roomLanguage)
    {
        ArgumentNullException.ThrowIfNull(input);

        // Refuse oversized text before normalising it, so a hostile client cannot make the grain copy megabytes.
        if (input.Text is { Length: > CaptionSegment.MaxTextLength * 4 })
        {
            throw RoomErrors.Invalid("caption.too_long", $"Caption text must be at most {CaptionSegment.MaxTextLength} characters.");
        }

        var text = TextRules.Required(input.Text, CaptionSegment.MaxTextLength, "Caption text", "caption");
        var speaker = TextRules.Optional(input.Speaker, CaptionSegment.MaxSpeakerLength, "Speaker", "caption.speaker");
        var language = TextRules.Language(input.Language, roomLanguage);
        return (text, speaker, language);
    }
}
