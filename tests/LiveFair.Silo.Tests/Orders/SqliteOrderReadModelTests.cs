using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Orders;

public sealed class SqliteOrderReadModelTests(SqliteDatabaseFixture fixture)
    : OrderReadModelContractTests(fixture), IClassFixture<SqliteDatabaseFixture>;
