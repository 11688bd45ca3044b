using LiveFair.Web.Mail;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Organisations;

/// <summary>
/// Where an invitation link points. Mail uses the configured public address (<c>Mail:PublicBaseUrl</c>) or,
/// without one, only the path: a host from the request's Host header must never go out to a third person.
/// The admin's own page and API answer may use the address the admin is already on.
/// </summary>
public sealed class InvitationLinks(IOptions<MailOptions> mail)
{
    public static string PathOf(string organisationId, string code) => $"/orgs/{organisationId}/join?code={Uri.EscapeDataString(code)}";

    public Uri ForMail(string organisationId, string code) =>
        mail.Value.PublicBaseUrl is { } baseUrl ? OnBase(baseUrl, organisationId, code) : new Uri(PathOf(organisationId, code), UriKind.Relative);

    public Uri ForAdmin(HttpRequest request, string organisationId, string code)
    {
        ArgumentNullException.ThrowIfNull(request);
        var baseUrl = mail.Value.PublicBaseUrl ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        return OnBase(baseUrl, organisationId, code);
    }

    private static Uri OnBase(Uri baseUrl, string organisationId, string code)
    {
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, PathOf(organisationId, code).TrimStart('/'));
    }
}
