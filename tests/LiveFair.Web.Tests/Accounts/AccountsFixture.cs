using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests.Accounts;

/// <summary>One running LiveFair for an account test class, with everything it logs captured.</summary>
public sealed class AccountsFixture : IAsyncLifetime
{
    public LiveFairTestHost Host { get; private set; } = null!;

    public LogCapture Logs { get; } = new();

    public async Task InitializeAsync() => Host = await LiveFairTestHost.StartAsync(logs: Logs);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
