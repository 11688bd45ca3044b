using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Storage;

public sealed class SqliteGrainStorageConflictTests(SqliteDatabaseFixture fixture)
    : GrainStorageConflictTests(fixture), IClassFixture<SqliteDatabaseFixture>;
