using Orleans.Concurrency;

namespace LiveFair.Contracts.Fairs;

/// <summary>
/// Implemented by a Web node: one subscription per node per booth, renewed like a room's. The node passes
/// each update only to that booth's waiting people and recruiters on it, never to the whole room.
/// </summary>
[Alias("LiveFair.IBoothObserver")]
public interface IBoothObserver : IGrainObserver
{
    [OneWay]
    [Alias("OnBoothUpdate")]
    Task OnBoothUpdate(BoothUpdate update);
}

/// <summary>Exactly one of <see cref="Queue"/> and <see cref="Interview"/> is set.</summary>
[GenerateSerializer]
[Alias("LiveFair.BoothUpdate")]
public sealed record BoothUpdate
{
    [Id(0)] public required string BoothId { get; init; }

    /// <summary>Rises by one per update of this booth activation; a node that sees a gap asks for the state again.</summary>
    [Id(1)] public required long Sequence { get; init; }

    /// <summary>
    /// The queue after a change that moves places (a call, a leave, a no-show, a status change). A join only at
    /// the end of the line moves nobody, so it sends <see cref="Waiting"/> alone.
    /// </summary>
    [Id(2)] public BoothQueueState? Queue { get; init; }
    [Id(3)] public int Waiting { get; init; }
    [Id(4)] public InterviewEvent? Interview { get; init; }
}
