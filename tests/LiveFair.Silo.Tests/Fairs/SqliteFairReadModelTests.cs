using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Fairs;

public sealed class SqliteFairReadModelTests(SqliteDatabaseFixture fixture)
    : FairReadModelContractTests(fixture), IClassFixture<SqliteDatabaseFixture>;
