namespace LiveFair.Contracts.Fairs;

/// <summary>
/// One application, keyed by an id from <see cref="ApplicationIds.New"/>: the durable record of who applied
/// to which job at which booth, what happened and the interview's transcript. Only its booth grain changes
/// it; the applicant reads it (never the private note) and the booth's recruiters read it through the booth.
/// Rejected commands throw <see cref="Common.DomainException"/> and change nothing.
/// </summary>
[Alias("LiveFair.IApplicationGrain")]
public interface IApplicationGrain : IGrainWithStringKey
{
    /// <summary>Called by the booth once. Creating it again returns the record unchanged.</summary>
    [Alias("Create")]
    Task<ApplicationRecord> Create(ApplicationRecord record);

    /// <summary>The booth moves the application along (called, interviewing, left, no-show, interviewed).</summary>
    [Alias("SetStatus")]
    Task<ApplicationRecord> SetStatus(ApplicationStatus status);

    [Alias("StartInterview")]
    Task<ApplicationRecord> StartInterview(string recruiterId, string recruiterName);

    [Alias("AppendMessage")]
    Task AppendMessage(InterviewMessage message);

    [Alias("SetVideoLink")]
    Task<ApplicationRecord> SetVideoLink(string? url);

    [Alias("EndInterview")]
    Task<ApplicationRecord> EndInterview();

    [Alias("RecordOutcome")]
    Task<ApplicationRecord> RecordOutcome(string recruiterId, OutcomeInput input);

    /// <summary>The full record with the interview's messages; for the booth.</summary>
    [Alias("GetRecord")]
    Task<ApplicationRecord> GetRecord();

    /// <summary>The applicant's own view: NotFound for anyone else, so ids cannot be probed.</summary>
    [Alias("GetForApplicant")]
    Task<ApplicationView> GetForApplicant(string personId);

    /// <summary>Erasure of the applicant: the record and its index row are deleted.</summary>
    [Alias("EraseRecord")]
    Task EraseRecord();

    /// <summary>
    /// The booth calls the applicant for this recruiter: status Called with the recruiter kept on the record, so a
    /// booth that restarts knows whose call it was.
    /// </summary>
    [Alias("MarkCalled")]
    Task<ApplicationRecord> MarkCalled(string recruiterId, string recruiterName);
}
