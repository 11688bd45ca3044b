namespace LiveFair.Web.Mail;

/// <summary>Bound from <c>Mail:Smtp</c>.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Leave empty for a relay that needs no sign-in.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, e.g. <c>LiveFair &lt;noreply@example.org&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>TLS: implicit on port 465, STARTTLS (required) on any other port.</summary>
    public bool EnableSsl { get; set; } = true;
}
