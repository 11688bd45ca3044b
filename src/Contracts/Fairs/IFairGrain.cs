namespace LiveFair.Contracts.Fairs;

/// <summary>
/// The job fair side of a room whose kind is <c>JobFair</c>, keyed by the room id: which employers are
/// invited, which accepted and got a booth, what is pinned, and the fair report. The host organisation's
/// admins and streamers invite; an invited employer's admins and recruiters accept or decline; the
/// organisation grains are asked on every call. Rejected commands throw <see cref="Common.DomainException"/>
/// and change nothing.
/// </summary>
[Alias("LiveFair.IFairGrain")]
public interface IFairGrain : IGrainWithStringKey
{
    /// <summary>Everything public about the fair: invitations and booths.</summary>
    [Alias("GetView")]
    Task<FairView> GetView();

    /// <summary>Host admins and streamers. Inviting an employer again while invited or accepted changes nothing.</summary>
    [Alias("InviteEmployer")]
    Task<FairInvitation> InviteEmployer(string actorId, string employerId);

    /// <summary>Host admins and streamers; only while the employer has not accepted.</summary>
    [Alias("WithdrawInvitation")]
    Task WithdrawInvitation(string actorId, string employerId);

    /// <summary>
    /// The employer's admins and recruiters. Creates the employer's booth with the chosen published jobs and
    /// recruiters (members with the Recruiter role).
    /// </summary>
    [Alias("AcceptInvitation")]
    Task<BoothView> AcceptInvitation(string actorId, string employerId, BoothSetup setup);

    [Alias("DeclineInvitation")]
    Task DeclineInvitation(string actorId, string employerId);

    /// <summary>Room staff (streamers and helpers of the host). The job must be published and in a booth of this fair.</summary>
    [Alias("PinJob")]
    Task PinJob(string actorId, string boothId, string jobId);

    [Alias("PinBooth")]
    Task PinBooth(string actorId, string boothId);

    [Alias("Unpin")]
    Task Unpin(string actorId);

    /// <summary>
    /// Host admins and streamers. Live while the room runs; once the room has ended the first call freezes it
    /// and every later call returns the same final report.
    /// </summary>
    [Alias("GetReport")]
    Task<FairReport> GetReport(string actorId);
}
