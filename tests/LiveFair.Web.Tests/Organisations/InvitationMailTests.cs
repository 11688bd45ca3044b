using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Organisations;
using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

[Collection(OrganisationTestGroup.Name)]
public sealed class InvitationMailTests(OrganisationsFixture fixture)
{
    [Fact]
    public async Task An_invitation_goes_out_through_the_mail_sender_with_a_link_that_joins()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var invited = await fixture.SignedInAsync();

        using var created = await admin.Http.PostAsJsonAsync($"/api/orgs/{id}/invitations", new { email = invited.Person.Email, roles = new[] { "Helper" } });
        var invitation = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.True(invitation.GetProperty("mailQueued").GetBoolean());
        var invitationId = invitation.GetProperty("invitationId").GetString()!;

        // Embedded mode's log sender writes the link (a path: no public address is configured) instead of mailing it.
        var sent = await fixture.Logs.WaitForAsync(entry => entry.Message.Contains($"Mail for user {invitationId} not sent", StringComparison.Ordinal));
        var path = sent.Message[(sent.Message.IndexOf("its link: ", StringComparison.Ordinal) + "its link: ".Length)..];
        Assert.StartsWith($"/orgs/{id}/join?code=", path, StringComparison.Ordinal);
        Assert.DoesNotContain(invited.Person.Email, sent.Message, StringComparison.Ordinal);

        var code = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + path).Query)["code"];
        using var joined = await invited.Http.PostAsJsonAsync($"/api/orgs/{id}/join", new { token = code });
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
    }

    [Fact]
    public async Task Nothing_about_people_reaches_the_log_only_ids()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        using var admin = await fixture.SignedInAsync("日志管理员" + unique);
        var id = await OrganisationsFixture.CreateAsync(admin, OrganisationsFixture.Employer("日志测试公司" + unique));
        using var member = await fixture.MemberAsync(admin, id, "Recruiter");
        var secondEmail = $"second-{unique}@example.com";
        var (_, _, invitationId) = await OrganisationsFixture.InviteAsync(admin, id, secondEmail, "Helper");
        using (await admin.Http.DeleteAsync($"/api/orgs/{id}/invitations/{invitationId}"))
        using (await admin.Http.PutAsJsonAsync($"/api/orgs/{id}/members/{member.Person.Id}/roles", new { roles = new[] { "Streamer" } }))
        using (await member.Http.PostAsJsonAsync($"/api/orgs/{id}/join", new { token = "forged" }))
        using (await admin.Http.DeleteAsync($"/api/orgs/{id}/members/{member.Person.Id}"))
        {
        }

        await fixture.Logs.WaitForAsync(entry => entry.Message.Contains($"member {member.Person.Id} removed", StringComparison.Ordinal));
        var everything = string.Join('\n', fixture.Logs.Entries.Select(entry => entry.Message));
        Assert.Contains($"Organisation {id} created by person {admin.Person.Id}", everything, StringComparison.Ordinal);
        foreach (var personal in new[] { admin.Person.Email, admin.Person.DisplayName, member.Person.Email, member.Person.DisplayName, secondEmail, "日志测试公司" + unique })
        {
            Assert.DoesNotContain(personal, everything, StringComparison.Ordinal);
        }
    }
}
