using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Organisations;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

[Collection(OrganisationTestGroup.Name)]
public sealed class InvitationApiTests(OrganisationsFixture fixture)
{
    [Fact]
    public async Task An_invited_person_joins_with_the_link_once_and_gets_the_offered_roles()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var invited = await fixture.SignedInAsync("受邀者 Invitee");

        using var created = await admin.Http.PostAsJsonAsync($"/api/orgs/{id}/invitations", new { email = invited.Person.Email.ToUpperInvariant(), roles = new[] { "Recruiter", "Helper" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl!.NoStore);
        var invitation = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var token = invitation.GetProperty("token").GetString()!;
        var link = new Uri(invitation.GetProperty("link").GetString()!);
        Assert.Equal($"/orgs/{id}/join", link.AbsolutePath);
        Assert.Equal("?code=" + Uri.EscapeDataString(token), link.Query);

        // Listed for admins, never with its secret.
        var open = await admin.Http.GetStringAsync($"/api/orgs/{id}/invitations");
        Assert.Contains(invitation.GetProperty("invitationId").GetString()!, open, StringComparison.Ordinal);
        Assert.DoesNotContain(token, open, StringComparison.Ordinal);
        Assert.DoesNotContain("token", open, StringComparison.OrdinalIgnoreCase);

        using var joined = await invited.Http.PostAsJsonAsync($"/api/orgs/{id}/join", new { token });
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        var member = JsonDocument.Parse(await joined.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("受邀者 Invitee", member.GetProperty("displayName").GetString());
        Assert.Equal([OrganisationRole.Recruiter, OrganisationRole.Helper], await fixture.Grain(id).GetRoles(invited.Person.Id));
        Assert.Equal("[]", await admin.Http.GetStringAsync($"/api/orgs/{id}/invitations"));

        using var reused = await invited.Http.PostAsJsonAsync($"/api/orgs/{id}/join", new { token });
        await ProblemAssertions.AssertProblemAsync(reused, HttpStatusCode.NotFound, "organisation.invitation_not_found");
    }

    [Fact]
    public async Task Another_account_cannot_use_the_link_and_does_not_join()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var invited = await fixture.SignedInAsync();
        using var other = await fixture.SignedInAsync();
        var (token, _, _) = await OrganisationsFixture.InviteAsync(admin, id, invited.Person.Email, "Admin");

        using var refused = await other.Http.PostAsJsonAsync($"/api/orgs/{id}/join", new { token });
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.Forbidden, "organisation.invitation_other_person");
        Assert.Empty(await fixture.Grain(id).GetRoles(other.Person.Id));

        // The invitation is still there for the right person.
        using var joined = await invited.Http.PostAsJsonAsync($"/api/orgs/{id}/join", new { token });
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
    }

    [Fact]
    public async Task An_expired_invitation_is_refused()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var invited = await fixture.SignedInAsync();
        var invitation = await fixture.Grain(id).Invite(admin.Person.Id, new InvitationInput { Email = invited.Person.Email, Roles = [OrganisationRole.Helper] });

        // The link as it was made, read when its week is over.
        var codes = fixture.Host.Services.GetRequiredService<InvitationCodes>();
        var expired = codes.Create(invitation with { ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1) });
        using var refused = await invited.Http.PostAsJsonAsync($"/api/orgs/{id}/join", new { token = expired });
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.Conflict, "organisation.invitation_expired");
        Assert.Empty(await fixture.Grain(id).GetRoles(invited.Person.Id));
    }

    [Fact]
    public async Task Forged_cut_and_misdirected_codes_are_refused()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        var otherId = await OrganisationsFixture.CreateAsync(admin);
        using var invited = await fixture.SignedInAsync();
        var (token, _, _) = await OrganisationsFixture.InviteAsync(admin, id, invited.Person.Email, "Helper");

        foreach (var forged in new[] { "lfo_made-up", token[..^4], token + "x", new string('A', 5000), "" })
        {
            using var response = await invited.Http.PostAsJsonAsync($"/api/orgs/{id}/join", new { token = forged });
            await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "organisation.invitation_invalid");
        }

        // A real code for one organisation does not open another.
        using var elsewhere = await invited.Http.PostAsJsonAsync($"/api/orgs/{otherId}/join", new { token });
        await ProblemAssertions.AssertProblemAsync(elsewhere, HttpStatusCode.BadRequest, "organisation.invitation_invalid");

        // A code this site signed around a token the organisation never issued.
        var codes = fixture.Host.Services.GetRequiredService<InvitationCodes>();
        var real = codes.Read(token)!;
        using var guessed = await invited.Http.PostAsJsonAsync($"/api/orgs/{id}/join", new { token = codes.Create(real with { Token = "lfo_guessed" }) });
        await ProblemAssertions.AssertProblemAsync(guessed, HttpStatusCode.NotFound, "organisation.invitation_not_found");

        Assert.Empty(await fixture.Grain(id).GetRoles(invited.Person.Id));
        Assert.Empty(await fixture.Grain(otherId).GetRoles(invited.Person.Id));
    }

    [Fact]
    public async Task A_revoked_invitation_no_longer_works()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var invited = await fixture.SignedInAsync();
        var (token, _, invitationId) = await OrganisationsFixture.InviteAsync(admin, id, invited.Person.Email, "Streamer");

        using var revoked = await admin.Http.DeleteAsync($"/api/orgs/{id}/invitations/{invitationId}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using var refused = await invited.Http.PostAsJsonAsync($"/api/orgs/{id}/join", new { token });
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.NotFound, "organisation.invitation_not_found");
        Assert.Empty(await fixture.Grain(id).GetRoles(invited.Person.Id));
    }

    [Fact]
    public async Task Only_admins_invite_and_see_invitations_and_joining_needs_sign_in()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var recruiter = await fixture.MemberAsync(admin, id, "Recruiter");
        var (token, _, invitationId) = await OrganisationsFixture.InviteAsync(admin, id, "someone@example.com", "Helper");

        using var invite = await recruiter.Http.PostAsJsonAsync($"/api/orgs/{id}/invitations", new { email = "friend@example.com", roles = new[] { "Admin" } });
        await ProblemAssertions.AssertProblemAsync(invite, HttpStatusCode.Forbidden, "organisation.forbidden");
        using var list = await recruiter.Http.GetAsync($"/api/orgs/{id}/invitations");
        await ProblemAssertions.AssertProblemAsync(list, HttpStatusCode.Forbidden, "organisation.forbidden");
        using var revoke = await recruiter.Http.DeleteAsync($"/api/orgs/{id}/invitations/{invitationId}");
        await ProblemAssertions.AssertProblemAsync(revoke, HttpStatusCode.Forbidden, "organisation.forbidden");
        Assert.Single(await fixture.Grain(id).GetInvitations(admin.Person.Id));

        using var anonymous = fixture.Host.CreateClient();
        using var join = await anonymous.PostAsJsonAsync($"/api/orgs/{id}/join", new { token });
        await ProblemAssertions.AssertProblemAsync(join, HttpStatusCode.Unauthorized);
    }

    public static TheoryData<string, object> InvalidInvitations => new()
    {
        { "no email", new { roles = new[] { "Helper" } } },
        { "not an email", new { email = "not-an-address", roles = new[] { "Helper" } } },
        { "markup for an email", new { email = "<script>@x", roles = new[] { "Helper" } } },
        { "no roles", new { email = "a@example.com", roles = Array.Empty<string>() } },
        { "long email", new { email = new string('a', 250) + "@example.com", roles = new[] { "Helper" } } },
    };

    [Theory]
    [MemberData(nameof(InvalidInvitations))]
    public async Task An_invalid_invitation_is_refused_and_none_is_made(string why, object body)
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var response = await admin.Http.PostAsJsonAsync($"/api/orgs/{id}/invitations", body);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "organisation.invalid_input");
        Assert.True((await fixture.Grain(id).GetInvitations(admin.Person.Id)).Count == 0, why);
    }
}
