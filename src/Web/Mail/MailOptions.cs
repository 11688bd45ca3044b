namespace LiveFair.Web.Mail;

/// <summary>Bound from the <c>Mail</c> configuration section; checked when the app starts.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public MailSenderKind Sender { get; set; } = MailSenderKind.Log;

    /// <summary>
    /// Where links in mail point, e.g. <c>https://livefair.example.org/</c>. Required for SMTP: a link built
    /// from the request's Host header would let anyone who can send a request choose where a victim's reset
    /// token goes. The log sender falls back to the request's own address, which only the operator reads.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}
