using Xunit;

namespace LiveFair.Silo.Tests.Storage;

public sealed class SqliteGrainStorageConflictTests(SqliteStorageFixture fixture)
    : GrainStorageConflictTests(fixture), IClassFixture<SqliteStorageFixture>;
