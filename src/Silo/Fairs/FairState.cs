using LiveFair.Contracts.Fairs;

using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Fairs;

/// <summary>What a fair grain persists. The records inside are immutable; only the lists change.</summary>
public sealed class FairState : IRestorableState<FairState>
{
    public List<FairInvitation> Invitations { get; set; } = [];
    public List<BoothSummary> Booths { get; set; } = [];

    /// <summary>Set by the first report after the room ended; returned unchanged from then on.</summary>
    public FairReport? FinalReport { get; set; }

    /// <summary>Rises with every persisted change; the invitation index keeps only the highest.</summary>
    public long Version { get; set; }

    public FairState Copy() => new()
    {
        Invitations = [.. Invitations],
        Booths = [.. Booths],
        FinalReport = FinalReport,
        Version = Version,
    };
}
