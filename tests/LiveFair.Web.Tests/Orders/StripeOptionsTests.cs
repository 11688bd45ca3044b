using LiveFair.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace LiveFair.Web.Tests.Orders;

public sealed class StripeOptionsTests
{
    public static TheoryData<string?, string?, string?, string> Unworkable => new()
    {
        { "sk_test_1", null, null, "go together" },
        { null, "whsec_1", null, "go together" },
        { "pk_test_1", "whsec_1", null, "never the publishable key" },
        { "sk_test_1", "secret", null, "whsec_" },
        { "sk_test_1", "whsec_1", "http://stripe.example.com", "only on loopback" },
        { "sk_test_1", "whsec_1", "not a url", "absolute" },
    };

    [Theory]
    [MemberData(nameof(Unworkable))]
    public async Task A_half_or_wrong_Stripe_configuration_stops_the_start_with_a_clear_message(string? secretKey, string? webhookSecret, string? apiBase, string named)
    {
        var settings = new Dictionary<string, string?> { ["Stripe:SecretKey"] = secretKey, ["Stripe:WebhookSecret"] = webhookSecret, ["Stripe:ApiBase"] = apiBase };
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LiveFairTestHost.StartAsync(settings));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
