using LiveFair.Contracts.Common;

namespace LiveFair.Silo.Fairs;

/// <summary>Every way a fair command can be refused; codes are stable and translated by the pages.</summary>
internal static class FairErrors
{
    public static DomainException NotFound(string roomId) =>
        new(ErrorKind.NotFound, "fair.not_found", $"There is no job fair '{roomId}'.");

    public static DomainException Forbidden() =>
        new(ErrorKind.Forbidden, "fair.forbidden", "Only the fair's host staff, or the invited employer where stated, may do this.");

    public static DomainException EmployerNotFound() =>
        new(ErrorKind.NotFound, "fair.employer_not_found", "There is no such organisation.");

    public static DomainException NotEmployer() =>
        new(ErrorKind.Invalid, "fair.not_employer", "Only organisations of kind Employer can be invited to a job fair.");

    public static DomainException InvitationNotFound() =>
        new(ErrorKind.NotFound, "fair.invitation_not_found", "This employer has no invitation to this fair.");

    public static DomainException AlreadyAccepted() =>
        new(ErrorKind.Conflict, "fair.already_accepted", "The employer has already accepted and has a booth.");

    public static DomainException Declined() =>
        new(ErrorKind.Conflict, "fair.invitation_declined", "The employer declined this invitation; the host may invite again.");

    public static DomainException Ended() =>
        new(ErrorKind.Conflict, "fair.ended", "The fair has ended.");

    public static DomainException BoothNotFound() =>
        new(ErrorKind.NotFound, "fair.booth_not_found", "This fair has no such booth.");

    public static DomainException JobNotInBooth() =>
        new(ErrorKind.NotFound, "fair.job_not_found", "The booth has no such job.");

    public static DomainException JobNotPublished() =>
        new(ErrorKind.Conflict, "fair.job_not_published", "Only a published job can be pinned.");

    public static DomainException TooManyInvitations() =>
        new(ErrorKind.Conflict, "fair.too_many_invitations", "The fair has reached its invitation limit.");
}
