namespace LiveFair.Web.Mail;

public enum MailSenderKind
{
    /// <summary>Embedded mode: the link goes to the log, for the operator to pass on.</summary>
    Log = 0,

    /// <summary>Real mail through an SMTP server.</summary>
    Smtp = 1,
}
