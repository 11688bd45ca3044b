namespace LiveFair.Web.Mail;

/// <summary>Bound from the <c>Mail</c> configuration section; checked when the app starts.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public MailSenderKind Sender { get; set; } = MailSenderKind.Log;

    /// <summary>
    /// Where links in mail point, e.g. <c>https://livefair.example.org/</c>. Never taken from a request's Host
    /// header, which would let anyone choose where a victim's reset token goes. Required for SMTP; without it
    /// the log sender writes links as paths on this site.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}
