using System.Net;
using System.Text.Json;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Fairs;

[Collection(FairTestGroup.Name)]
public sealed class FairInvitationTests(FairsFixture fixture)
{
    [Fact]
    public async Task The_host_invites_the_employer_sees_it_and_accepts_with_jobs_and_recruiters_then_the_fair_lists_the_booth()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer, "珠江科技");
        var streamer = await fixture.MemberAsync(host, OrganisationRole.Streamer);
        var roomId = await FairsFixture.CreateFairAsync(host.Admin, host.Id);
        var jobId = await fixture.PublishedJobAsync(employer);
        var recruiter = await fixture.MemberAsync(employer, OrganisationRole.Recruiter);

        using var invited = await streamer.PostJsonAsync($"/api/fairs/{roomId}/invitations", new { employerId = employer.Id });
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        var invitation = JsonDocument.Parse(await invited.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Invited", invitation.GetProperty("status").GetString());
        Assert.Equal("珠江科技", invitation.GetProperty("employerName").GetString());

        // The employer's members see the invitation; the recruiter answers it.
        var list = JsonDocument.Parse(await recruiter.Http.GetStringAsync($"/api/orgs/{employer.Id}/fair-invitations")).RootElement;
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Equal(roomId, listed.GetProperty("roomId").GetString());
        Assert.Equal("Invited", listed.GetProperty("status").GetString());

        using var accepted = await recruiter.PostJsonAsync($"/api/fairs/{roomId}/invitations/{employer.Id}/accept", new { jobIds = new[] { jobId }, recruiterIds = new[] { recruiter.Person.Id } });
        var acceptedBody = await accepted.Content.ReadAsStringAsync();
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, acceptedBody);
        Assert.Equal(BoothIds.For(roomId, employer.Id), JsonDocument.Parse(acceptedBody).RootElement.GetProperty("boothId").GetString());

        using var anonymous = fixture.Host.CreateClient();
        var fair = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/fairs/{roomId}")).RootElement;
        Assert.Equal("Accepted", fair.GetProperty("invitations")[0].GetProperty("status").GetString());
        var booth = Assert.Single(fair.GetProperty("booths").EnumerateArray());
        Assert.Equal(employer.Id, booth.GetProperty("employerId").GetString());
        Assert.Equal([jobId], booth.GetProperty("jobIds").EnumerateArray().Select(id => id.GetString()));
        Assert.DoesNotContain(recruiter.Person.Id, fair.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_hosts_admins_and_streamers_invite_and_withdraw()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var roomId = await FairsFixture.CreateFairAsync(host.Admin, host.Id);
        var outsiders = new[]
        {
            await fixture.MemberAsync(host, OrganisationRole.Helper),
            await fixture.MemberAsync(host, OrganisationRole.Recruiter),
            employer.Admin,
            await fixture.SignedInAsync(),
        };
        foreach (var outsider in outsiders)
        {
            using var response = await outsider.PostJsonAsync($"/api/fairs/{roomId}/invitations", new { employerId = employer.Id });
            await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        }

        Assert.Empty((await fixture.Host.Grains.GetGrain<IFairGrain>(roomId).GetView()).Invitations);

        using var invited = await host.Admin.PostJsonAsync($"/api/fairs/{roomId}/invitations", new { employerId = employer.Id });
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        foreach (var outsider in outsiders)
        {
            using var response = await outsider.Http.DeleteAsync($"/api/fairs/{roomId}/invitations/{employer.Id}");
            await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        }

        using var withdrawn = await host.Admin.Http.DeleteAsync($"/api/fairs/{roomId}/invitations/{employer.Id}");
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.DoesNotContain((await fixture.Host.Grains.GetGrain<IFairGrain>(roomId).GetView()).Invitations, invitation => invitation.Status == FairInvitationStatus.Invited);
    }

    [Fact]
    public async Task Another_employers_admin_cannot_accept_or_decline_for_the_invited_employer()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var rival = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var roomId = await FairsFixture.CreateFairAsync(host.Admin, host.Id);
        var jobId = await fixture.PublishedJobAsync(employer);
        var rivalJob = await fixture.PublishedJobAsync(rival);
        await fixture.Host.Grains.GetGrain<IFairGrain>(roomId).InviteEmployer(host.Admin.Person.Id, employer.Id);
        await fixture.Host.Grains.GetGrain<IFairGrain>(roomId).InviteEmployer(host.Admin.Person.Id, rival.Id);

        using var accept = await rival.Admin.PostJsonAsync($"/api/fairs/{roomId}/invitations/{employer.Id}/accept", new { jobIds = new[] { rivalJob }, recruiterIds = Array.Empty<string>() });
        await ProblemAssertions.AssertProblemAsync(accept, HttpStatusCode.Forbidden);
        using var decline = await rival.Admin.Http.PostAsync($"/api/fairs/{roomId}/invitations/{employer.Id}/decline", null);
        await ProblemAssertions.AssertProblemAsync(decline, HttpStatusCode.Forbidden);
        using var hostAccepts = await host.Admin.PostJsonAsync($"/api/fairs/{roomId}/invitations/{employer.Id}/accept", new { jobIds = new[] { jobId } });
        await ProblemAssertions.AssertProblemAsync(hostAccepts, HttpStatusCode.Forbidden);
        var streamerOfEmployer = await fixture.MemberAsync(employer, OrganisationRole.Streamer);
        using var streamerAccepts = await streamerOfEmployer.PostJsonAsync($"/api/fairs/{roomId}/invitations/{employer.Id}/accept", new { jobIds = new[] { jobId } });
        await ProblemAssertions.AssertProblemAsync(streamerAccepts, HttpStatusCode.Forbidden);

        // The rival's list shows only its own invitation; it cannot read the employer's.
        using var rivalReads = await rival.Admin.Http.GetAsync($"/api/orgs/{employer.Id}/fair-invitations");
        await ProblemAssertions.AssertProblemAsync(rivalReads, HttpStatusCode.Forbidden, "fair.members_only");

        var view = await fixture.Host.Grains.GetGrain<IFairGrain>(roomId).GetView();
        Assert.All(view.Invitations, invitation => Assert.Equal(FairInvitationStatus.Invited, invitation.Status));
        Assert.Empty(view.Booths);
    }

    [Fact]
    public async Task The_employers_admin_declines_and_the_answer_shows_in_its_list()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var roomId = await FairsFixture.CreateFairAsync(host.Admin, host.Id);
        await fixture.Host.Grains.GetGrain<IFairGrain>(roomId).InviteEmployer(host.Admin.Person.Id, employer.Id);

        using var declined = await employer.Admin.Http.PostAsync($"/api/fairs/{roomId}/invitations/{employer.Id}/decline", null);
        Assert.Equal(HttpStatusCode.NoContent, declined.StatusCode);
        var list = JsonDocument.Parse(await employer.Admin.Http.GetStringAsync($"/api/orgs/{employer.Id}/fair-invitations")).RootElement;
        Assert.Equal("Declined", Assert.Single(list.EnumerateArray()).GetProperty("status").GetString());

        using var lateAccept = await employer.Admin.PostJsonAsync($"/api/fairs/{roomId}/invitations/{employer.Id}/accept", new { jobIds = Array.Empty<string>() });
        await ProblemAssertions.AssertProblemAsync(lateAccept, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Accepting_with_a_draft_job_or_someone_who_is_not_a_recruiter_is_refused_and_opens_no_booth()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var roomId = await FairsFixture.CreateFairAsync(host.Admin, host.Id);
        var draft = await fixture.PublishedJobAsync(employer, publish: false);
        var published = await fixture.PublishedJobAsync(employer);
        var helper = await fixture.MemberAsync(employer, OrganisationRole.Helper);
        await fixture.Host.Grains.GetGrain<IFairGrain>(roomId).InviteEmployer(host.Admin.Person.Id, employer.Id);

        using var withDraft = await employer.Admin.PostJsonAsync($"/api/fairs/{roomId}/invitations/{employer.Id}/accept", new { jobIds = new[] { draft } });
        await ProblemAssertions.AssertProblemAsync(withDraft, HttpStatusCode.BadRequest);
        using var withHelper = await employer.Admin.PostJsonAsync($"/api/fairs/{roomId}/invitations/{employer.Id}/accept", new { jobIds = new[] { published }, recruiterIds = new[] { helper.Person.Id } });
        await ProblemAssertions.AssertProblemAsync(withHelper, HttpStatusCode.BadRequest);
        Assert.Empty((await fixture.Host.Grains.GetGrain<IFairGrain>(roomId).GetView()).Booths);
    }

    [Fact]
    public async Task Answers_to_an_unknown_fair_or_a_room_that_is_not_a_fair_are_not_found()
    {
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var charity = await fixture.Host.CreateRoomAsync(employer.Id, start: false, kind: Contracts.Rooms.RoomKind.CharitySale);
        foreach (var roomId in new[] { "fair-0000000000", charity })
        {
            using var response = await employer.Admin.Http.PostAsync($"/api/fairs/{roomId}/invitations/{employer.Id}/decline", null);
            await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound, "fair.not_found");
            using var view = await employer.Admin.Http.GetAsync($"/api/fairs/{roomId}");
            await ProblemAssertions.AssertProblemAsync(view, HttpStatusCode.NotFound, "fair.not_found");
        }
    }
}
