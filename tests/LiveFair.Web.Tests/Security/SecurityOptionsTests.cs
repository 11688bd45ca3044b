using LiveFair.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace LiveFair.Web.Tests.Security;

public sealed class SecurityOptionsTests
{
    [Theory]
    [InlineData("Security:AllowedOrigins:0", "*", "Security:AllowedOrigins")]
    [InlineData("Security:AllowedOrigins:0", "https://livefair.example.cn/rooms", "Security:AllowedOrigins")]
    [InlineData("Security:AllowedOrigins:0", "livefair.example.cn", "Security:AllowedOrigins")]
    [InlineData("Security:HubRateLimit:TokenLimit", "0", "TokenLimit")]
    [InlineData("Security:HubRateLimit:RejectionWindow", "00:00:00", "RejectionWindow")]
    [InlineData("Security:HubRateLimit:ConnectionMessageLimit", "50", "ConnectionMessageLimit")]
    [InlineData("Security:HubRateLimit:ConnectionMessagesPerSecond", "10", "ConnectionMessagesPerSecond")]
    public async Task Unworkable_security_settings_stop_the_start_with_a_clear_message(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LiveFairTestHost.StartAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
