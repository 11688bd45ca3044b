using LiveFair.Contracts.Rooms;

namespace LiveFair.Silo.Rooms;

internal static class RoomDetailsRules
{
    public static RoomDetails Validate(RoomDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!Enum.IsDefined(details.Kind))
        {
            throw RoomErrors.Invalid("room.invalid_kind", "Kind must be JobFair or CharitySale.");
        }

        if (details.ScheduledEnd <= details.ScheduledStart)
        {
            throw RoomErrors.Invalid("room.invalid_schedule", "The scheduled end must be after the start.");
        }

        return details with
        {
            Title = TextRules.Required(details.Title, 120, "Title", "room.title"),
            Description = TextRules.Optional(details.Description, 2000, "Description", "room.description"),
            HostOrganisationId = TextRules.Required(details.HostOrganisationId, 64, "Host organisation id", "room.host_org_id"),
            HostOrganisationName = TextRules.Required(details.HostOrganisationName, 120, "Host organisation name", "room.host_org_name"),
            PlaybackUrl = TextRules.OptionalUrl(details.PlaybackUrl, "Playback URL", "room.playback_url"),
            SignLanguageUrl = TextRules.OptionalUrl(details.SignLanguageUrl, "Sign-language URL", "room.sign_language_url"),
            Language = TextRules.Language(details.Language, "zh-CN"),
        };
    }
}
