using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Lobby;

public sealed class SqliteLobbyReadModelTests(SqliteDatabaseFixture fixture)
    : LobbyReadModelContractTests(fixture), IClassFixture<SqliteDatabaseFixture>;
