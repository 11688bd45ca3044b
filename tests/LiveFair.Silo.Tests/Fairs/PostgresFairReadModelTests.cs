using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Fairs;

/// <summary>The same SQL on PostgreSQL; needs <c>LIVEFAIR_TEST_POSTGRES</c> (see <see cref="PostgresDatabaseFixture"/>).</summary>
public sealed class PostgresFairReadModelTests(PostgresDatabaseFixture fixture)
    : FairReadModelContractTests(fixture), IClassFixture<PostgresDatabaseFixture>;
