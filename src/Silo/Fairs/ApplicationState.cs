using LiveFair.Contracts.Fairs;

namespace LiveFair.Silo.Fairs;

/// <summary>What an application grain persists: the whole record, which exists exactly while it is set.</summary>
public sealed class ApplicationState
{
    public ApplicationRecord? Record { get; set; }
}
