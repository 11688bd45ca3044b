using Microsoft.Extensions.Options;

namespace LiveFair.Web.Orders;

internal sealed class StripeOptionsValidator : IValidateOptions<StripeOptions>
{
    public ValidateOptionsResult Validate(string? name, StripeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasSecret = !string.IsNullOrWhiteSpace(options.SecretKey);
        var hasWebhook = !string.IsNullOrWhiteSpace(options.WebhookSecret);
        if (hasSecret != hasWebhook)
        {
            failures.Add("Stripe:SecretKey and Stripe:WebhookSecret go together: set both for card payments, or neither for pay on delivery.");
        }

        if (hasSecret && !(options.SecretKey!.StartsWith("sk_", StringComparison.Ordinal) || options.SecretKey.StartsWith("rk_", StringComparison.Ordinal)))
        {
            failures.Add("Stripe:SecretKey must be a secret key (sk_…) or a restricted key (rk_…), never the publishable key.");
        }

        if (hasWebhook && !options.WebhookSecret!.StartsWith("whsec_", StringComparison.Ordinal))
        {
            failures.Add("Stripe:WebhookSecret must be the endpoint's signing secret (whsec_…).");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiBase))
        {
            if (!Uri.TryCreate(options.ApiBase, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.Query))
            {
                failures.Add("Stripe:ApiBase must be an absolute http(s) address without a query.");
            }
            else if (uri.Scheme == "http" && !uri.IsLoopback)
            {
                // The secret key travels in every request: plain HTTP only to a stand-in on this machine.
                failures.Add("Stripe:ApiBase may use plain http only on loopback.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
