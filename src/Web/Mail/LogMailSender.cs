namespace LiveFair.Web.Mail;

/// <summary>
/// Embedded mode's sender: no mail server, so the link is written to the log for the operator to pass on.
/// Only the account id goes with it: the address, name and body are personal data and stay out of logs.
/// </summary>
internal sealed partial class LogMailSender(ILogger<LogMailSender> logger) : IMailSender
{
    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        LinkForUser(logger, mail.UserId, mail.Link);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Mail for user {UserId} not sent (Mail:Sender is Log); its link: {Link}")]
    private static partial void LinkForUser(ILogger logger, string userId, Uri link);
}
