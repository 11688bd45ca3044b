namespace LiveFair.Contracts.Fairs;

/// <summary>
/// One employer's booth in one fair, keyed by <see cref="BoothIds.For"/>: its queue, its recruiters, the
/// interviews in progress and their outcomes. Created by the fair grain when the employer accepts. The queue
/// and every interview live here, so two recruiters calling at the same moment always get different people;
/// each application's record is kept by its <see cref="IApplicationGrain"/>. Person ids come from Web's
/// authenticated caller, never from a client. Rejected commands throw <see cref="Common.DomainException"/>
/// and change nothing.
/// </summary>
[Alias("LiveFair.IBoothGrain")]
public interface IBoothGrain : IGrainWithStringKey
{
    /// <summary>Called by the fair grain only. Creating it again replaces nothing and returns the booth.</summary>
    [Alias("Create")]
    Task<BoothView> Create(string employerName, BoothSetup setup);

    /// <summary>NotFound until the employer accepted.</summary>
    [Alias("GetView")]
    Task<BoothView> GetView();

    /// <summary>The employer's admins: which jobs and recruiters.</summary>
    [Alias("UpdateSetup")]
    Task<BoothView> UpdateSetup(string actorId, BoothSetup setup);

    /// <summary>The booth's recruiters and the employer's admins.</summary>
    [Alias("UpdateSettings")]
    Task<BoothView> UpdateSettings(string actorId, BoothSettings settings);

    [Alias("SetStatus")]
    Task<BoothView> SetStatus(string actorId, BoothStatus status);

    /// <summary>
    /// Applies to one of the booth's published jobs and joins the queue. Refused when the booth is paused,
    /// closed or full, the job is not the booth's or not published, the person is already waiting here or
    /// has applied to this job before, or the person does not exist.
    /// </summary>
    [Alias("Apply")]
    Task<QueuePlace> Apply(Applicant applicant, ApplyInput input);

    /// <summary>Leaves the queue (waiting or called). Nothing to leave is not an error.</summary>
    [Alias("Leave")]
    Task<QueuePlace> Leave(string personId);

    /// <summary>This person's place: <see cref="QueueState.None"/> when they have nothing open here.</summary>
    [Alias("GetPlace")]
    Task<QueuePlace> GetPlace(string personId);

    /// <summary>
    /// Web reports when a waiting person's last connection to the booth drops (false) and when one is back
    /// (true). After <see cref="BoothSettings.DisconnectGrace"/> away, the place is given up.
    /// </summary>
    [Alias("SetPresence")]
    Task SetPresence(string personId, bool connected);

    /// <summary>
    /// A recruiter calls the first person waiting; they have <see cref="BoothSettings.AnswerTime"/> to answer.
    /// Conflict <c>booth.queue_empty</c> when nobody waits.
    /// </summary>
    [Alias("CallNext")]
    Task<BoothCall> CallNext(string actorId);

    /// <summary>The called person answers: the 1:1 interview with the recruiter who called starts.</summary>
    [Alias("Answer")]
    Task<InterviewView> Answer(string personId);

    /// <summary>The applicant or the interviewing recruiter (any of the booth's recruiters after it ended).</summary>
    [Alias("GetInterview")]
    Task<InterviewView> GetInterview(string personId, string applicationId);

    [Alias("PostMessage")]
    Task<InterviewMessage> PostMessage(string personId, string applicationId, string text);

    /// <summary>Tells the other side that this one is typing; not stored.</summary>
    [Alias("Typing")]
    Task Typing(string personId, string applicationId);

    /// <summary>The interviewing recruiter offers a video call link (http or https), or removes it with null.</summary>
    [Alias("SetVideoLink")]
    Task<InterviewView> SetVideoLink(string actorId, string applicationId, string? url);

    /// <summary>Either side ends the interview.</summary>
    [Alias("EndInterview")]
    Task<InterviewView> EndInterview(string personId, string applicationId);

    /// <summary>
    /// A recruiter of the booth records the outcome of an interview that took place (or no-show for a call
    /// that was never answered). Recording again replaces the earlier outcome.
    /// </summary>
    [Alias("RecordOutcome")]
    Task<ApplicationRecord> RecordOutcome(string actorId, string applicationId, OutcomeInput input);

    /// <summary>The recruiter console: the queue without names, this recruiter's calls and interviews, and recent outcomes.</summary>
    [Alias("GetConsole")]
    Task<BoothConsole> GetConsole(string actorId);

    /// <summary>
    /// What the booth's recruiters may see of an applicant of this booth: the profile, and the disability
    /// section only when shared for this application (asked of the person grain).
    /// </summary>
    [Alias("GetApplicant")]
    Task<People.ApplicantProfile> GetApplicant(string actorId, string applicationId);

    /// <summary>Whether the person may act as a recruiter here (a booth recruiter or an admin of the employer).</summary>
    [Alias("IsRecruiter")]
    Task<bool> IsRecruiter(string personId);

    [Alias("GetStats")]
    Task<BoothStats> GetStats();

    /// <summary>Subscribes or renews a Web node; see <see cref="IBoothObserver"/>.</summary>
    [Alias("Subscribe")]
    Task Subscribe(IBoothObserver node);

    [Alias("Unsubscribe")]
    Task Unsubscribe(IBoothObserver node);

    /// <summary>Erasure: drops the person from the queue and from any interview, without calling them back.</summary>
    [Alias("ForgetPerson")]
    Task ForgetPerson(string personId);
}
