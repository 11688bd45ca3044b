using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>The same SQL on PostgreSQL; needs <c>LIVEFAIR_TEST_POSTGRES</c> (see <see cref="PostgresDatabaseFixture"/>).</summary>
public sealed class PostgresOrderReadModelTests(PostgresDatabaseFixture fixture)
    : OrderReadModelContractTests(fixture), IClassFixture<PostgresDatabaseFixture>;
