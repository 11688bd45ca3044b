using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Mail;

/// <summary>Stops the start with every problem named, rather than failing on the first reset request.</summary>
internal sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var problems = new List<string>();
        if (options.PublicBaseUrl is { } baseUrl && (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)))
        {
            problems.Add("Mail:PublicBaseUrl must be an absolute http or https address.");
        }

        if (options.Sender == MailSenderKind.Smtp)
        {
            var smtp = options.Smtp;
            if (options.PublicBaseUrl is null)
            {
                problems.Add("Mail:PublicBaseUrl is required when Mail:Sender is Smtp, so links in mail point at this site.");
            }

            if (string.IsNullOrWhiteSpace(smtp.Host))
            {
                problems.Add("Mail:Smtp:Host is required when Mail:Sender is Smtp.");
            }

            if (smtp.Port is < 1 or > 65535)
            {
                problems.Add("Mail:Smtp:Port must be between 1 and 65535.");
            }

            if (string.IsNullOrWhiteSpace(smtp.From) || !MailAddress.TryCreate(smtp.From, out _))
            {
                problems.Add("Mail:Smtp:From must be a mail address (a name in angle brackets may come first).");
            }

            if (string.IsNullOrEmpty(smtp.UserName) != string.IsNullOrEmpty(smtp.Password))
            {
                problems.Add("Mail:Smtp:UserName and Mail:Smtp:Password are set together or not at all.");
            }

            if (!string.IsNullOrEmpty(smtp.UserName) && !smtp.EnableSsl && !IsLoopback(smtp.Host))
            {
                problems.Add("Mail:Smtp:EnableSsl must be true when signing in to a server that is not on this machine; the password would cross the network in clear text.");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsLoopback(string? host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
