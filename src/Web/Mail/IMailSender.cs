namespace LiveFair.Web.Mail;

/// <summary>Delivers account mail (password reset links). Chosen by <c>Mail:Sender</c>.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
