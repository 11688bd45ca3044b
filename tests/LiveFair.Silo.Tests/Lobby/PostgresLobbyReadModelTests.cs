using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Lobby;

/// <summary>The same SQL on PostgreSQL; needs <c>LIVEFAIR_TEST_POSTGRES</c> (see <see cref="PostgresDatabaseFixture"/>).</summary>
public sealed class PostgresLobbyReadModelTests(PostgresDatabaseFixture fixture)
    : LobbyReadModelContractTests(fixture), IClassFixture<PostgresDatabaseFixture>;
