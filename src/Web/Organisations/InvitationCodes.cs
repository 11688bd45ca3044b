using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using LiveFair.Contracts.Organisations;
using Microsoft.AspNetCore.DataProtection;

namespace LiveFair.Web.Organisations;

/// <summary>
/// The code in an invitation link: the invitation as the grain answered <c>Invite</c> (its token, email,
/// roles, expiry), encrypted and signed by this site. The grain keeps only a hash of the token and has no
/// lookup by token, so this is how the join page can show the organisation's offer, and say "expired" or
/// "another account", before anyone joins. The grain still checks everything when the person joins.
/// </summary>
public sealed class InvitationCodes(IDataProtectionProvider protection)
{
    /// <summary>Longer input is never a code this site made; it is refused before decryption.</summary>
    public const int MaxLength = 2048;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly IDataProtector _protector = protection.CreateProtector("LiveFair.Organisations.InvitationCode.v1");

    public string Create(OrganisationInvitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        if (invitation.Token is null)
        {
            throw new ArgumentException("Only the invitation returned by Invite carries its token.", nameof(invitation));
        }

        return _protector.Protect(JsonSerializer.Serialize(invitation, Json));
    }

    /// <summary>The invitation inside a code, or null for anything this site did not make (forged, cut, garbled).</summary>
    public OrganisationInvitation? Read(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxLength)
        {
            return null;
        }

        try
        {
            var invitation = JsonSerializer.Deserialize<OrganisationInvitation>(_protector.Unprotect(code.Trim()), Json);
            return invitation?.Token is null ? null : invitation;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
