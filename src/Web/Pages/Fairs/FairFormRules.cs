using System.Globalization;
using LiveFair.Contracts.Common;
using LiveFair.Web.Fairs;
using LiveFair.Web.Localization;
using LiveFair.Web.Organisations;

namespace LiveFair.Web.Pages.Fairs;

/// <summary>
/// Turns the form into a <see cref="CreateFairRequest"/>, and the room grain's refusals back into field errors:
/// the rules themselves live in the silo's room rules, so the form never disagrees with the API.
/// </summary>
public static class FairFormRules
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static CreateFairRequest ToRequest(string hostOrganisationId, FairForm form, Texts texts, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);
        var start = ParseTime(form.Start);
        var end = ParseTime(form.End);
        if (start is null)
        {
            errors.Add(Field(texts, "start", "required"));
        }

        if (end is null)
        {
            errors.Add(Field(texts, "end", "required"));
        }

        return new CreateFairRequest
        {
            HostOrganisationId = hostOrganisationId,
            Title = form.Title,
            Description = form.Description,
            ScheduledStart = start,
            ScheduledEnd = end,
            PlaybackUrl = form.PlaybackUrl,
            SignLanguageUrl = form.SignLanguageUrl,
        };
    }

    /// <summary>The field a room rule refused, or null when the refusal is about the fair as a whole.</summary>
    public static FieldError? FromRefusal(DomainException refusal, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var code = refusal.Code;
        var (field, prefix) = code switch
        {
            _ when code.StartsWith("room.title.", StringComparison.Ordinal) => ("title", "room.title."),
            _ when code.StartsWith("room.description.", StringComparison.Ordinal) => ("description", "room.description."),
            _ when code.StartsWith("room.playback_url.", StringComparison.Ordinal) => ("playback", "room.playback_url."),
            _ when code.StartsWith("room.sign_language_url.", StringComparison.Ordinal) => ("sign", "room.sign_language_url."),
            "room.invalid_schedule" => ("end", "room.invalid_schedule"),
            _ => ((string?)null, ""),
        };
        if (field is null)
        {
            return null;
        }

        var reason = code == "room.invalid_schedule" ? "before_start" : code[prefix.Length..];
        return Field(texts, field, reason, refusal.Message);
    }

    /// <summary>datetime-local sends "2026-05-20T09:30" (seconds optional), with no zone: LiveFair's times are China time.</summary>
    public static DateTimeOffset? ParseTime(string? value) =>
        DateTime.TryParseExact(value?.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, ChinaOffset)
            : null;

    /// <summary>The value a datetime-local input shows for a time.</summary>
    public static string FormatTime(DateTimeOffset value) =>
        value.ToOffset(ChinaOffset).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    // FormErrors looks for a text under its own organisation keys first; ours are not there, so the message
    // carried here, already in the visitor's language, is the one shown.
    private static FieldError Field(Texts texts, string field, string reason, string? fallback = null)
    {
        var key = $"fairs.error.{field}.{reason}";
        var text = texts[key];
        return new FieldError(field, "fair." + reason, text == key ? fallback ?? text : text);
    }
}
