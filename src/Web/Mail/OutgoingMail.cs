namespace LiveFair.Web.Mail;

/// <summary>
/// One mail to one person, already written in their language. A class rather than a record so that
/// logging or printing it never writes the address or the body, which are personal data.
/// </summary>
public sealed class OutgoingMail
{
    /// <summary>The account the mail is for; the only thing about the person that may be logged.</summary>
    public required string UserId { get; init; }

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    /// <summary>
    /// The one link the mail is about; <see cref="LogMailSender"/> writes it in place of the mail. Relative (a
    /// path on this site) when no public address is configured.
    /// </summary>
    public required Uri Link { get; init; }
}
