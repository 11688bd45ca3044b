using MailKit.Net.Smtp;

namespace LiveFair.Web.Mail;

/// <summary>Sends queued mail one by one. A failed mail is logged and dropped: the person can ask again.</summary>
internal sealed partial class MailOutboxWorker(MailOutbox outbox, IMailSender sender, ILogger<MailOutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in outbox.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await sender.SendAsync(mail, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Any failure: one bad mail must not stop the worker, and with it the host. Server replies often
                // quote the recipient's address, so neither the message nor the exception is logged: the error's
                // type and SMTP status are enough to see what went wrong.
                var status = exception is SmtpCommandException command ? (int)command.StatusCode : 0;
                SendFailed(logger, mail.UserId, exception.GetType().Name, status);
            }
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Mail for user {UserId} could not be sent: {ErrorType} (SMTP status {SmtpStatus})")]
    private static partial void SendFailed(ILogger logger, string userId, string errorType, int smtpStatus);
}
