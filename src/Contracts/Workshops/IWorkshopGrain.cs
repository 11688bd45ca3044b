namespace LiveFair.Contracts.Workshops;

/// <summary>
/// A workshop's makers (手工艺人), keyed by the workshop's organisation id. Only the workshop's admins and
/// streamers keep them. A maker's name, story and photo are public only with the maker's consent, recorded by
/// the manager who asked; without it the public sees only "a maker of this workshop". Removed makers are kept,
/// marked removed, so past sales and earnings still name who earned them.
/// </summary>
[Alias("LiveFair.IWorkshopGrain")]
public interface IWorkshopGrain : IGrainWithStringKey
{
    /// <summary>Every maker with all details, for the workshop's admins and streamers; Forbidden for anyone else.</summary>
    [Alias("GetMakers")]
    Task<IReadOnlyList<Maker>> GetMakers(string actorId);

    /// <summary>What anyone may see: makers who consented, with details; the others only as anonymous entries.</summary>
    [Alias("GetPublicMakers")]
    Task<IReadOnlyList<PublicMaker>> GetPublicMakers();

    /// <summary>Whether each id is a current (not removed) maker of this workshop; products check their makers with it.</summary>
    [Alias("AreCurrentMakers")]
    Task<bool> AreCurrentMakers(IReadOnlyList<string> makerIds);

    [Alias("AddMaker")]
    Task<Maker> AddMaker(string actorId, MakerInput input);

    [Alias("UpdateMaker")]
    Task<Maker> UpdateMaker(string actorId, string makerId, MakerInput input);

    /// <summary>Sets or clears (null) the maker's photo; its renditions are already stored.</summary>
    [Alias("SetMakerPhoto")]
    Task<Maker> SetMakerPhoto(string actorId, string makerId, MakerPhoto? photo);

    [Alias("RemoveMaker")]
    Task<Maker> RemoveMaker(string actorId, string makerId);
}
