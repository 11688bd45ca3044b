using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Tests.Infrastructure;

/// <summary>A ready database (schema created) and a grain storage provider over it, without a cluster.</summary>
public interface IDatabaseFixture
{
    LiveFairDatabase Database { get; }

    RelationalGrainStorage Storage { get; }

    /// <summary>A prefix for grain keys and room ids, unique to this run, so a shared server never mixes runs.</summary>
    string KeyPrefix { get; }
}
