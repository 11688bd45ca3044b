using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LiveFair.Web.Mail;

/// <summary>Sends account mail through the SMTP server in <c>Mail:Smtp</c>, one connection per mail.</summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    private const int ImplicitTlsPort = 465;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var smtp = options.Value.Smtp;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(Required(smtp.From, "From")));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.TextBody };

        using var client = new SmtpClient();
        var security = !smtp.EnableSsl ? SecureSocketOptions.None
            : smtp.Port == ImplicitTlsPort ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(Required(smtp.Host, "Host"), smtp.Port, security, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, Required(smtp.Password, "Password"), cancellationToken).ConfigureAwait(false);
        }

        await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    // MailOptionsValidator refuses to start without these; this only keeps the compiler and a misuse honest.
    private static string Required(string? value, string key) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"Mail:Smtp:{key} is not set.") : value;
}
