using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Tests.Storage;

/// <summary>A ready database (schema created) and a storage provider over it.</summary>
public interface IGrainStorageFixture
{
    LiveFairDatabase Database { get; }

    RelationalGrainStorage Storage { get; }

    /// <summary>A prefix for grain keys, unique to this run, so a shared server never mixes runs.</summary>
    string KeyPrefix { get; }
}
