using LiveFair.Contracts.Common;

namespace LiveFair.Web.Fairs;

/// <summary>The refusals Web makes itself before any fair grain is asked; codes are part of the public API.</summary>
internal static class FairErrors
{
    public static DomainException NotFound(string roomId) =>
        new(ErrorKind.NotFound, "fair.not_found", $"There is no job fair '{roomId}'.");

    public static DomainException CannotCreate() =>
        new(ErrorKind.Forbidden, "fair.create_forbidden", "Only admins and streamers of the host organisation can create its fairs.");

    public static DomainException HostKind() =>
        new(ErrorKind.Forbidden, "fair.host_kind", "Only employers and employment service organisations host job fairs.");

    public static DomainException NotMember() =>
        new(ErrorKind.Forbidden, "fair.members_only", "Only members of the organisation can see its fair invitations.");

    public static DomainException Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);
}
