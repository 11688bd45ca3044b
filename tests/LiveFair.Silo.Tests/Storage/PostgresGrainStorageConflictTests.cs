using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Storage;

/// <summary>The same contract on PostgreSQL; needs <c>LIVEFAIR_TEST_POSTGRES</c> (see <see cref="PostgresDatabaseFixture"/>).</summary>
public sealed class PostgresGrainStorageConflictTests(PostgresDatabaseFixture fixture)
    : GrainStorageConflictTests(fixture), IClassFixture<PostgresDatabaseFixture>;
