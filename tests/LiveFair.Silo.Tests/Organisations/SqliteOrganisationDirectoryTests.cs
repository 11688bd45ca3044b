using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Organisations;

public sealed class SqliteOrganisationDirectoryTests(SqliteDatabaseFixture fixture)
    : OrganisationDirectoryContractTests(fixture), IClassFixture<SqliteDatabaseFixture>;
