using Xunit;

namespace LiveFair.Silo.Tests.Storage;

/// <summary>The same contract on PostgreSQL; needs <c>LIVEFAIR_TEST_POSTGRES</c> (see <see cref="PostgresStorageFixture"/>).</summary>
public sealed class PostgresGrainStorageConflictTests(PostgresStorageFixture fixture)
    : GrainStorageConflictTests(fixture), IClassFixture<PostgresStorageFixture>;
