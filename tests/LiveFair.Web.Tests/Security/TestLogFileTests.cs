using LiveFair.Contracts.Organisations;
using System.Net;
using LiveFair.Testing;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.Security;

public sealed class TestLogFileTests
{
    [Fact]
    public async Task A_test_host_logs_everything_from_information_up_into_one_file_across_restarts_without_personal_data()
    {
        var folder = Directory.CreateTempSubdirectory("livefair-logs-");
        try
        {
            string logFile;
            await using (var host = await LiveFairTestHost.StartAsync(
                services: services => services.AddTransient<IStartupFilter, FaultEndpoints>(),
                logFolder: folder.FullName))
            {
                logFile = host.LogFile!;
                var person = await host.CreateMemberAsync("org-a", OrganisationRole.Helper);
                await host.SignInAsync(person);
                using var client = host.CreateClient();
                using var failed = await client.GetAsync(FaultEndpoints.ApiPath);
                Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);

                await host.RestartAsync();
            }

            Assert.Equal([logFile], Directory.GetFiles(folder.FullName));
            var text = await File.ReadAllTextAsync(logFile);

            // The console shows only warnings for these categories; the file has their information lines.
            Assert.Contains("Information Microsoft.AspNetCore.Hosting.Diagnostics[1] Request starting", text, StringComparison.Ordinal);
            Assert.Contains("Information Orleans.", text, StringComparison.Ordinal);
            Assert.Equal(2, CountOf(text, "Microsoft.Hosting.Lifetime[0] Application started."));

            // An exception is written with its message and stack trace.
            Assert.Contains(FaultEndpoints.SecretDetail, text, StringComparison.Ordinal);
            Assert.Contains("   at ", text, StringComparison.Ordinal);

            // Signing in with an email address leaves no address in the log.
            Assert.Empty(PersonalDataScanner.ScanFile(logFile));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
