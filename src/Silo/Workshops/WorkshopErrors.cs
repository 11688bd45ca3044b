using LiveFair.Contracts.Common;

namespace LiveFair.Silo.Workshops;

/// <summary>Every way a maker command can be refused; codes are stable and translated by the pages (MakerTexts).</summary>
internal static class WorkshopErrors
{
    public static DomainException Forbidden() =>
        new(ErrorKind.Forbidden, "maker.forbidden", "Only the workshop's admins and streamers may keep its makers.");

    public static DomainException NotWorkshop() =>
        new(ErrorKind.Conflict, "maker.not_workshop", "Only workshops have makers; this organisation is not a workshop.");

    public static DomainException NotFound(string makerId) =>
        new(ErrorKind.NotFound, "maker.not_found", $"This workshop has no maker '{makerId}'.");

    public static DomainException Removed() =>
        new(ErrorKind.Conflict, "maker.removed", "The maker was removed from the workshop; a removed maker cannot be changed.");

    public static DomainException TooMany() =>
        new(ErrorKind.Conflict, "maker.too_many", $"A workshop keeps at most {Contracts.Workshops.MakerLimits.MaxMakers} makers, removed ones included.");

    public static DomainException Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);
}
