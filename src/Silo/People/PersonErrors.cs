using LiveFair.Contracts.Common;

namespace LiveFair.Silo.People;

/// <summary>Every way a person command can be refused; codes are stable and translated by the pages.</summary>
internal static class PersonErrors
{
    public static DomainException NotFound(string personId) =>
        new(ErrorKind.NotFound, "person.not_found", $"There is no person '{personId}'.");

    public static DomainException Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);

    public static DomainException ConsentRequired() =>
        new(ErrorKind.Conflict, "person.consent_required", "The disability section can only be saved while its separate consent is active.");

    public static DomainException ConsentOutdated() =>
        new(ErrorKind.Conflict, "person.consent_outdated", "The consent wording has changed; show the current wording and ask again.");

    public static DomainException ApplicationNotFound() =>
        new(ErrorKind.NotFound, "person.application_not_found", "This person made no such application to this organisation.");

    public static DomainException ApplicationOfOtherOrganisation() =>
        new(ErrorKind.Conflict, "person.application_other_organisation", "This application was recorded for another organisation.");
}
