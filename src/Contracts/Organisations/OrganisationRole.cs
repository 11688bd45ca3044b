namespace LiveFair.Contracts.Organisations;

/// <summary>What a member may do in their organisation. A member can hold several roles.</summary>
[GenerateSerializer]
[Alias("LiveFair.OrganisationRole")]
public enum OrganisationRole
{
    /// <summary>Edits the profile, invites members and gives roles.</summary>
    Admin = 0,

    /// <summary>Keeps jobs, calls applicants from booth queues and interviews them.</summary>
    Recruiter = 1,

    /// <summary>Presents the organisation's rooms: starts and ends them, captions, moderates chat.</summary>
    Streamer = 2,

    /// <summary>Helper or captioner (助播 / 字幕员): captions and moderates chat in the organisation's rooms.</summary>
    Helper = 3,
}
