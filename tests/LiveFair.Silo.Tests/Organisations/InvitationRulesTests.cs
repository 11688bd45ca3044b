using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Organisations;
using Xunit;

namespace LiveFair.Silo.Tests.Organisations;

/// <summary>Tokens and expiry with an explicit clock: the test cluster runs on the system clock.</summary>
public sealed class InvitationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Tokens_are_random_url_safe_and_only_their_hash_is_kept()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => InvitationTokens.Create()).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
        foreach (var token in tokens)
        {
            Assert.Matches("^lfo_[A-Za-z0-9_-]{43}$", token);
        }

        var invitation = InvitationRules.New("a@example.org", [OrganisationRole.Recruiter], tokens[0], Now);
        Assert.DoesNotContain(tokens[0]["lfo_".Length..], invitation.TokenHash, StringComparison.Ordinal);
        Assert.Equal(64, invitation.TokenHash.Length);
        Assert.True(InvitationTokens.Matches(invitation.TokenHash, tokens[0]));
        Assert.False(InvitationTokens.Matches(invitation.TokenHash, tokens[1]));
        Assert.False(InvitationTokens.Matches(invitation.TokenHash, invitation.TokenHash));
        Assert.False(InvitationTokens.Matches(null, tokens[0]));
    }

    [Fact]
    public void An_invitation_is_open_until_its_lifetime_ends()
    {
        var invitation = InvitationRules.New("a@example.org", [OrganisationRole.Helper], InvitationTokens.Create(), Now);

        Assert.Equal(Now + OrganisationLimits.InvitationLifetime, invitation.ExpiresAt);
        Assert.True(InvitationRules.IsOpen(invitation, Now));
        Assert.True(InvitationRules.IsOpen(invitation, invitation.ExpiresAt.AddTicks(-1)));
        Assert.False(InvitationRules.IsOpen(invitation, invitation.ExpiresAt));
        Assert.False(InvitationRules.IsOpen(invitation, Now.AddDays(30)));
    }

    [Fact]
    public void Acceptance_checks_token_then_expiry_then_address()
    {
        var token = InvitationTokens.Create();
        var invitation = InvitationRules.New("li@example.org", [OrganisationRole.Recruiter], token, Now);
        StoredInvitation[] invitations = [InvitationRules.New("other@example.org", [OrganisationRole.Helper], InvitationTokens.Create(), Now), invitation];

        Assert.Same(invitation, InvitationRules.ForAcceptance(invitations, token, "li@example.org", Now.AddDays(6)));
        Assert.Same(invitation, InvitationRules.ForAcceptance(invitations, token, "LI@example.org", Now));

        AssertRefused("organisation.invitation_not_found", ErrorKind.NotFound, () => InvitationRules.ForAcceptance(invitations, InvitationTokens.Create(), "li@example.org", Now));
        AssertRefused("organisation.invitation_not_found", ErrorKind.NotFound, () => InvitationRules.ForAcceptance(invitations, "", "li@example.org", Now));
        AssertRefused("organisation.invitation_not_found", ErrorKind.NotFound, () => InvitationRules.ForAcceptance(invitations, null, "li@example.org", Now));
        AssertRefused("organisation.invitation_not_found", ErrorKind.NotFound, () => InvitationRules.ForAcceptance(invitations, token + new string('x', 300), "li@example.org", Now));
        AssertRefused("organisation.invitation_expired", ErrorKind.Conflict, () => InvitationRules.ForAcceptance(invitations, token, "li@example.org", invitation.ExpiresAt));
        AssertRefused("organisation.invitation_expired", ErrorKind.Conflict, () => InvitationRules.ForAcceptance(invitations, token, "li@example.org", Now.AddDays(8)));
        AssertRefused("organisation.invitation_other_person", ErrorKind.Forbidden, () => InvitationRules.ForAcceptance(invitations, token, "other@example.org", Now));
    }

    private static void AssertRefused(string code, ErrorKind kind, Action action)
    {
        var error = Assert.Throws<DomainException>(action);
        Assert.Equal(code, error.Code);
        Assert.Equal(kind, error.Kind);
    }
}
