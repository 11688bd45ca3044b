using System.Globalization;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Mail;

namespace LiveFair.Web.Organisations;

/// <summary>
/// Mails the invitation link to the invited address through the mail outbox (and so the configured
/// <see cref="IMailSender"/>). The invited person may have no account yet and their language is unknown,
/// so the mail is in Chinese and then English. Only the invitation id is logged.
/// </summary>
public sealed partial class InvitationMail(MailOutbox outbox, InvitationLinks links, ILogger<InvitationMail> logger)
{
    /// <summary>False when the outbox is full; the admin still has the link on the page to pass on.</summary>
    public bool TryQueue(string organisationName, OrganisationInvitation invitation, string code)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var link = links.ForMail(invitation.OrganisationId, code);
        var days = (int)OrganisationLimits.InvitationLifetime.TotalDays;
        var mail = new OutgoingMail
        {
            // The mail sender logs this id in place of an account id: the invited person may have no account.
            UserId = invitation.InvitationId,
            To = invitation.Email,
            Subject = Text("mail.invite.subject", zh: true, organisationName) + " / " + Text("mail.invite.subject", zh: false, organisationName),
            TextBody = Text("mail.invite.body", zh: true, organisationName, Roles(invitation, zh: true), link, days, invitation.Email)
                + "\n———\n\n"
                + Text("mail.invite.body", zh: false, organisationName, Roles(invitation, zh: false), link, days, invitation.Email),
            Link = link,
        };
        var queued = outbox.TryQueue(mail);
        if (queued)
        {
            Queued(invitation.OrganisationId, invitation.InvitationId);
        }
        else
        {
            OutboxFull(invitation.OrganisationId, invitation.InvitationId);
        }

        return queued;
    }

    private static string Text(string key, bool zh, params object[] args)
    {
        var (chinese, english) = OrganisationTexts.Entries[key];
        return zh
            ? string.Format(CultureInfo.GetCultureInfo("zh-CN"), chinese, args)
            : string.Format(CultureInfo.InvariantCulture, english, args);
    }

    private static string Roles(OrganisationInvitation invitation, bool zh) =>
        string.Join(zh ? "、" : ", ", invitation.Roles.Select(role => Text("orgs.role." + role, zh)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitation {InvitationId} of organisation {OrganisationId} queued for mail")]
    private partial void Queued(string organisationId, string invitationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail outbox full; invitation {InvitationId} of organisation {OrganisationId} not mailed")]
    private partial void OutboxFull(string organisationId, string invitationId);
}
