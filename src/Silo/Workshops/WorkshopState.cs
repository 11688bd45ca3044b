using LiveFair.Contracts.Workshops;
using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Workshops;

/// <summary>What a workshop grain persists: its makers in the order they were added, removed ones kept.</summary>
public sealed class WorkshopState : IRestorableState<WorkshopState>
{
    public List<Maker> Makers { get; set; } = [];

    /// <summary>Rises with every persisted change.</summary>
    public long Version { get; set; }

    /// <summary>A copy that shares no list with this one (makers are immutable records).</summary>
    public WorkshopState Copy()
    {
        var copy = (WorkshopState)MemberwiseClone();
        copy.Makers = [.. Makers];
        return copy;
    }
}
