using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Silo.Common;
using LiveFair.Silo.Rooms;

namespace LiveFair.Silo.Fairs;

/// <summary>Validates what people send to a booth; the result is what gets stored or shown.</summary>
internal static class BoothRules
{
    public const int MaxPersonId = 128;
    public const int MaxName = 100;

    /// <summary>The shape of a setup: valid ids, each once, within the limits. Whose and which role is checked by <see cref="BoothSetupCheck"/>.</summary>
    public static BoothSetup Setup(BoothSetup? setup)
    {
        if (setup is null)
        {
            throw BoothErrors.Invalid("booth.setup_required", "The booth setup is required.");
        }

        var jobs = setup.JobIds ?? [];
        var recruiters = setup.RecruiterIds ?? [];
        if (jobs.Count > BoothLimits.MaxJobs)
        {
            throw BoothErrors.Invalid("booth.too_many_jobs", $"A booth shows at most {BoothLimits.MaxJobs} jobs.");
        }

        if (recruiters.Count > BoothLimits.MaxRecruiters)
        {
            throw BoothErrors.Invalid("booth.too_many_recruiters", $"A booth has at most {BoothLimits.MaxRecruiters} recruiters.");
        }

        if (jobs.Any(id => !JobIds.IsValid(id)))
        {
            throw BoothErrors.Invalid("booth.invalid_job_id", "A job id is not valid.");
        }

        if (recruiters.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > MaxPersonId || id.Any(char.IsControl)))
        {
            throw BoothErrors.Invalid("booth.invalid_recruiter_id", "A recruiter id is not valid.");
        }

        if (jobs.Distinct(StringComparer.Ordinal).Count() != jobs.Count)
        {
            throw BoothErrors.Invalid("booth.duplicate_job", "The setup lists the same job more than once.");
        }

        if (recruiters.Distinct(StringComparer.Ordinal).Count() != recruiters.Count)
        {
            throw BoothErrors.Invalid("booth.duplicate_recruiter", "The setup lists the same recruiter more than once.");
        }

        return new BoothSetup { JobIds = [.. jobs], RecruiterIds = [.. recruiters] };
    }

    public static BoothSettings Settings(BoothSettings? settings)
    {
        if (settings is null)
        {
            throw BoothErrors.Invalid("booth.settings_required", "The booth settings are required.");
        }

        if (settings.Capacity < 1 || settings.Capacity > BoothLimits.MaxCapacity)
        {
            throw BoothErrors.Invalid("booth.invalid_capacity", $"Capacity must be between 1 and {BoothLimits.MaxCapacity}.");
        }

        if (settings.AnswerTime < BoothLimits.MinAnswerTime || settings.AnswerTime > BoothLimits.MaxAnswerTime)
        {
            throw BoothErrors.Invalid("booth.invalid_answer_time", $"The answer time must be between {BoothLimits.MinAnswerTime} and {BoothLimits.MaxAnswerTime}.");
        }

        if (settings.DisconnectGrace < TimeSpan.Zero || settings.DisconnectGrace > BoothLimits.MaxDisconnectGrace)
        {
            throw BoothErrors.Invalid("booth.invalid_disconnect_grace", $"The disconnect grace must be between 0 and {BoothLimits.MaxDisconnectGrace}.");
        }

        return settings with { };
    }

    public static BoothStatus Status(BoothStatus status) => EnumRules.Required(status, "booth.invalid_status", "Booth status");

    public static Applicant Applicant(Applicant? applicant)
    {
        if (applicant is null || string.IsNullOrWhiteSpace(applicant.PersonId) || applicant.PersonId.Length > MaxPersonId)
        {
            throw BoothErrors.Invalid("booth.invalid_applicant", "The applicant is not valid.");
        }

        return applicant with { DisplayName = TextRules.Required(applicant.DisplayName, MaxName, "Applicant name", "booth.applicant_name") };
    }

    public static ApplyInput Apply(ApplyInput? input)
    {
        if (input is null || !JobIds.IsValid(input.JobId))
        {
            throw BoothErrors.JobNotFound();
        }

        return input;
    }

    /// <summary>Interview messages keep their line breaks; every other control character is refused.</summary>
    public static string Message(string? text)
    {
        var value = TextRules.OptionalMultiline(text, BoothLimits.InterviewMessage, "Message", "booth.message");
        return value.Length == 0 ? throw BoothErrors.Invalid("booth.message.empty", "Message must not be empty.") : value;
    }

    public static string? VideoLink(string? url)
    {
        var value = TextRules.OptionalUrl(url, "Video link", "booth.video_link");
        return value is { Length: > BoothLimits.VideoLink }
            ? throw BoothErrors.Invalid("booth.video_link.too_long", $"Video link must be at most {BoothLimits.VideoLink} characters.")
            : value;
    }

    public static OutcomeInput Outcome(OutcomeInput? input)
    {
        if (input is null)
        {
            throw BoothErrors.Invalid("booth.outcome_required", "The outcome is required.");
        }

        var note = TextRules.OptionalMultiline(input.Note, BoothLimits.OutcomeNote, "Note", "booth.outcome_note");
        return new OutcomeInput
        {
            Outcome = EnumRules.Required(input.Outcome, "booth.invalid_outcome", "Outcome"),
            Note = note.Length == 0 ? null : note,
        };
    }
}
