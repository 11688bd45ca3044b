using System.Net;
using LiveFair.Contracts.People;
using LiveFair.Testing;
using Npgsql;
using Xunit;

namespace LiveFair.Web.Tests.Accounts;

/// <summary>
/// Accounts and grain state on PostgreSQL, in a database of their own created from <c>LIVEFAIR_TEST_POSTGRES</c>
/// and dropped afterwards. A missing variable fails the test rather than skipping it, as the silo tests do.
/// </summary>
public sealed class PostgresAccountTests
{
    private const string VariableName = "LIVEFAIR_TEST_POSTGRES";

    [Fact]
    public async Task A_person_registers_and_signs_in_with_identity_and_grains_on_postgresql()
    {
        var template = Environment.GetEnvironmentVariable(VariableName);
        Assert.False(string.IsNullOrWhiteSpace(template), $"Set {VariableName}, e.g. 'Host=127.0.0.1;Port=5432;Username=livefair;Password=livefair;Database=livefair_test'.");
        var databaseName = "livefair_accounts_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(template) { Database = databaseName }.ConnectionString;
        await ExecuteAsync(template, $"CREATE DATABASE \"{databaseName}\"");
        try
        {
            await using var host = await LiveFairTestHost.StartAsync(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSql",
                ["Database:ConnectionString"] = connectionString,
            });
            var email = AccountForms.NewEmail();
            using var client = host.CreateClient();
            using var registered = await AccountForms.PostFormAsync(client, "/account/register", AccountForms.Registration(email, displayName: "王芳"));
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
            Assert.Contains("王芳", AccountForms.TextOf(await client.GetStringAsync("/"), "signed-in-as"), StringComparison.Ordinal);

            // Identity's rows and the person's grain state are both in this PostgreSQL database.
            var userId = (string)(await ScalarAsync(connectionString, "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = @value", email.ToUpperInvariant()))!;
            Assert.Equal(1L, await ScalarAsync(connectionString, "SELECT COUNT(*) FROM grain_state WHERE grain_id = @value", userId));

            // A restart finds the tables in place and keeps everyone.
            await host.RestartAsync();
            Assert.Equal(HttpStatusCode.NoContent, await AccountForms.ApiSignInAsync(host, email, AccountForms.GoodPassword));
            Assert.Equal(userId, (await host.Grains.GetGrain<IPersonGrain>(userId).GetView()).PersonId);
            Assert.Equal(HttpStatusCode.Unauthorized, await AccountForms.ApiSignInAsync(host, email, "wrong password 1"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(template, $"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string? connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql, string value)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("value", value);
        return await command.ExecuteScalarAsync();
    }
}
