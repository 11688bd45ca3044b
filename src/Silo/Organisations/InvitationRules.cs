using LiveFair.Contracts.Organisations;

namespace LiveFair.Silo.Organisations;

/// <summary>When an invitation may be used and by whom; the clock is passed in so expiry can be tested exactly.</summary>
internal static class InvitationRules
{
    public static bool IsOpen(StoredInvitation invitation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return now < invitation.ExpiresAt;
    }

    /// <summary>
    /// The invitation <paramref name="token"/> belongs to, if <paramref name="email"/> (already normalised) may
    /// use it at <paramref name="now"/>; otherwise not found, expired or meant for someone else.
    /// </summary>
    public static StoredInvitation ForAcceptance(IEnumerable<StoredInvitation> invitations, string? token, string email, DateTimeOffset now)
    {
        var invitation = invitations.FirstOrDefault(i => InvitationTokens.Matches(i.TokenHash, token))
            ?? throw OrganisationErrors.InvitationNotFound();
        if (!IsOpen(invitation, now))
        {
            throw OrganisationErrors.InvitationExpired();
        }

        return string.Equals(invitation.Email, email, StringComparison.OrdinalIgnoreCase)
            ? invitation
            : throw OrganisationErrors.InvitationOtherPerson();
    }

    /// <summary>A new invitation that replaces any open one for the same address.</summary>
    public static StoredInvitation New(string email, IReadOnlyList<OrganisationRole> roles, string token, DateTimeOffset now) => new()
    {
        InvitationId = "inv-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)),
        Email = email,
        Roles = roles,
        CreatedAt = now,
        ExpiresAt = now + OrganisationLimits.InvitationLifetime,
        TokenHash = InvitationTokens.Hash(token),
    };
}
