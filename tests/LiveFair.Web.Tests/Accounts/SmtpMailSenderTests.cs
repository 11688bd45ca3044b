using System.Text;
using LiveFair.Testing;
using Microsoft.Extensions.Options;
using MimeKit;
using Xunit;

namespace LiveFair.Web.Tests.Accounts;

public sealed class SmtpMailSenderTests
{
    [Fact]
    public async Task A_reset_link_arrives_by_smtp_in_the_persons_language_and_works()
    {
        await using var smtp = new TinySmtpServer();
        var logs = new LogCapture();
        await using var host = await LiveFairTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Mail:Sender"] = "Smtp",
            ["Mail:PublicBaseUrl"] = "https://livefair.example.org/",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:EnableSsl"] = "false",
            ["Mail:Smtp:From"] = "LiveFair <noreply@livefair.example.org>",
        }, logs: logs);
        var email = AccountForms.NewEmail();
        var userId = await AccountForms.RegisterAsync(host, email);

        using var client = host.CreateClient();
        using var asked = await AccountForms.PostFormAsync(client, "/account/forgot-password?culture=en", new Dictionary<string, string> { ["email"] = email });
        asked.EnsureSuccessStatusCode();

        var received = await smtp.WaitForMailAsync(TimeSpan.FromSeconds(15));
        Assert.Equal("noreply@livefair.example.org", received.From);
        Assert.Equal([email], received.Recipients);
        using var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)));
        Assert.Equal("LiveFair: choose a new password", message.Subject);
        Assert.Equal(email, message.To.Mailboxes.Single().Address);
        var body = message.TextBody ?? "";
        Assert.Contains("it works for 60 minutes", body, StringComparison.Ordinal);

        // The link points at the configured address, not at whatever Host header the request came with.
        var start = body.IndexOf("https://livefair.example.org/account/reset-password?user=" + userId + "&code=", StringComparison.Ordinal);
        Assert.True(start >= 0, "the mail holds the reset link: " + body);
        var link = new Uri(body[start..].Split(['\r', '\n', ' '], 2)[0]);
        var form = await client.GetStringAsync(link.PathAndQuery);
        Assert.Contains("name=\"confirmPassword\"", form, StringComparison.Ordinal);

        // With a real sender the link is not written to the log.
        Assert.DoesNotContain(logs.Entries, e => e.EventId.Id == 4100 || e.Message.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Smtp_without_its_settings_stops_the_start_naming_each_missing_one()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LiveFairTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Mail:Sender"] = "Smtp",
            ["Mail:Smtp:UserName"] = "livefair",
            ["Mail:Smtp:Password"] = "secret",
            ["Mail:Smtp:EnableSsl"] = "false",
        }));
        Assert.Contains("Mail:Smtp:Host", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mail:Smtp:From", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mail:PublicBaseUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mail:Smtp:EnableSsl", error.Message, StringComparison.Ordinal);
    }
}
