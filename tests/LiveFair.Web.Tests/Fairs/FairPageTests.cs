using System.Net;
using System.Text.RegularExpressions;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using Xunit;

namespace LiveFair.Web.Tests.Fairs;

[Collection(FairTestGroup.Name)]
public sealed partial class FairPageTests(FairsFixture fixture)
{
    [Fact]
    public async Task A_host_admin_creates_a_fair_with_the_page_form_in_China_time_and_lands_on_its_manage_page()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var list = await host.Admin.Http.GetStringAsync($"/orgs/{host.Id}/fairs");
        Assert.Contains($"href=\"/orgs/{host.Id}/fairs/new\"", list, StringComparison.Ordinal);

        using var response = await PostFormAsync(host.Admin.Http, $"/orgs/{host.Id}/fairs/new", $"/orgs/{host.Id}/fairs/new",
            ("Input.Title", "表单创建的招聘会"), ("Input.Description", "简介"), ("Input.Start", "2030-05-20T09:30"), ("Input.End", "2030-05-20T12:00"),
            ("Input.PlaybackUrl", ""), ("Input.SignLanguageUrl", ""));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/rooms/fair-[0-9a-f]{10}/fair$", location);
        var room = await fixture.Host.Grains.GetGrain<IRoomGrain>(location.Split('/')[2]).GetSnapshot();
        Assert.Equal("表单创建的招聘会", room.Details.Title);
        Assert.Equal(new DateTimeOffset(2030, 5, 20, 1, 30, 0, TimeSpan.Zero), room.Details.ScheduledStart);
        var manage = await host.Admin.Http.GetStringAsync(location);
        Assert.Contains("表单创建的招聘会", manage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_create_shows_each_problem_tied_to_its_field_and_creates_nothing()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.Employer);
        using var missing = await PostFormAsync(host.Admin.Http, $"/orgs/{host.Id}/fairs/new", $"/orgs/{host.Id}/fairs/new",
            ("Input.Title", "会"), ("Input.Start", "明天"), ("Input.End", ""));
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("href=\"#start\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"start-hint start-error\"", html, StringComparison.Ordinal);
        Assert.Contains("请填写结束时间", html, StringComparison.Ordinal);

        using var refused = await PostFormAsync(host.Admin.Http, $"/orgs/{host.Id}/fairs/new", $"/orgs/{host.Id}/fairs/new",
            ("Input.Title", " "), ("Input.Start", "2030-05-20T09:30"), ("Input.End", "2030-05-20T12:00"), ("Input.PlaybackUrl", "javascript:alert(1)"));
        html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请填写招聘会名称", html, StringComparison.Ordinal);
        Assert.Contains("id=\"title-error\"", html, StringComparison.Ordinal);
        var list = await host.Admin.Http.GetStringAsync($"/orgs/{host.Id}/fairs");
        Assert.Contains("还没有举办招聘会", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_refuse_people_without_the_role_and_hide_unknown_fairs()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var workshop = await fixture.OrganisationAsync(OrganisationKind.Workshop);
        var roomId = await FairsFixture.CreateFairAsync(host.Admin, host.Id);
        var recruiter = await fixture.MemberAsync(host, OrganisationRole.Recruiter);
        var stranger = await fixture.SignedInAsync();
        foreach (var (client, path, status) in new[]
        {
            (recruiter.Http, $"/orgs/{host.Id}/fairs/new", HttpStatusCode.Forbidden),
            (workshop.Admin.Http, $"/orgs/{workshop.Id}/fairs/new", HttpStatusCode.Forbidden),
            (stranger.Http, $"/orgs/{host.Id}/fairs", HttpStatusCode.Forbidden),
            (recruiter.Http, $"/rooms/{roomId}/fair", HttpStatusCode.Forbidden),
            (stranger.Http, $"/rooms/{roomId}/fair", HttpStatusCode.Forbidden),
            (stranger.Http, "/rooms/fair-0000000000/fair", HttpStatusCode.NotFound),
            (host.Admin.Http, "/rooms/fair-0000000000/report", HttpStatusCode.NotFound),
            (host.Admin.Http, "/orgs/org-ffffffffff/fairs", HttpStatusCode.NotFound),
        })
        {
            using var response = await client.GetAsync(path);
            if (status == HttpStatusCode.Forbidden)
            {
                // Pages send a refused visitor to the access-denied page, as the rest of the site does.
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path}: {(int)response.StatusCode}");
                Assert.Contains("/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(response.StatusCode == status, $"{path}: {(int)response.StatusCode}");
            }
        }

        using var anonymous = fixture.Host.CreateClient();
        using var signIn = await anonymous.GetAsync($"/rooms/{roomId}/fair");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task The_host_invites_by_page_the_employer_accepts_by_page_and_a_helper_pins_the_job_by_page()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer, "页面科技");
        await fixture.Host.Grains.GetGrain<IOrganisationGrain>(employer.Id).SetVerified(true, "platform-admin-for-test");
        var roomId = await FairsFixture.CreateFairAsync(host.Admin, host.Id);
        var jobId = await fixture.PublishedJobAsync(employer, "无障碍测试员");
        var recruiter = await fixture.MemberAsync(employer, OrganisationRole.Recruiter);

        var manage = await host.Admin.Http.GetStringAsync($"/rooms/{roomId}/fair");
        Assert.Contains($"<option value=\"{employer.Id}\">页面科技（已认证）</option>", manage, StringComparison.Ordinal);
        using var invited = await PostFormAsync(host.Admin.Http, $"/rooms/{roomId}/fair", $"/rooms/{roomId}/fair?handler=Invite", ("employerId", employer.Id));
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var invitations = await recruiter.Http.GetStringAsync($"/orgs/{employer.Id}/fairs");
        Assert.Contains($"href=\"/orgs/{employer.Id}/fairs?accept={roomId}#accept\"", invitations, StringComparison.Ordinal);
        var form = await recruiter.Http.GetStringAsync($"/orgs/{employer.Id}/fairs?accept={roomId}");
        Assert.Contains($"value=\"{jobId}\"", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{recruiter.Person.Id}\"", form, StringComparison.Ordinal);
        using var accepted = await PostFormAsync(recruiter.Http, $"/orgs/{employer.Id}/fairs?accept={roomId}", $"/orgs/{employer.Id}/fairs?handler=Accept",
            ("roomId", roomId), ("JobIds", jobId), ("RecruiterIds", recruiter.Person.Id));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var booth = Assert.Single((await fixture.Host.Grains.GetGrain<IFairGrain>(roomId).GetView()).Booths);
        Assert.Equal([jobId], booth.JobIds);

        var helper = await fixture.MemberAsync(host, OrganisationRole.Helper);
        manage = await helper.Http.GetStringAsync($"/rooms/{roomId}/fair");
        Assert.Contains("置顶岗位：无障碍测试员", manage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"employerId\" aria", manage, StringComparison.Ordinal);
        using var pinned = await PostFormAsync(helper.Http, $"/rooms/{roomId}/fair", $"/rooms/{roomId}/fair?handler=Pin", ("employerId", employer.Id), ("jobId", jobId));
        Assert.Equal(HttpStatusCode.Redirect, pinned.StatusCode);
        Assert.Equal(jobId, (await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot()).Pin!.Job!.JobId);
        manage = await helper.Http.GetStringAsync($"/rooms/{roomId}/fair");
        Assert.Contains("直播画面上的置顶：无障碍测试员 · 页面科技", manage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recruiter_of_another_employer_posting_the_accept_form_sees_the_refusal_and_nothing_changes()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var roomId = await FairsFixture.CreateFairAsync(host.Admin, host.Id);
        await fixture.Host.Grains.GetGrain<IFairGrain>(roomId).InviteEmployer(host.Admin.Person.Id, employer.Id);
        var helper = await fixture.MemberAsync(employer, OrganisationRole.Helper);

        // A helper of the employer may see the list but not answer: the page offers no buttons and the grain refuses.
        var page = await helper.Http.GetStringAsync($"/orgs/{employer.Id}/fairs");
        Assert.DoesNotContain("handler=Decline", page, StringComparison.Ordinal);
        using var declined = await PostFormAsync(helper.Http, $"/orgs/{employer.Id}/fairs", $"/orgs/{employer.Id}/fairs?handler=Decline", ("roomId", roomId));
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Contains("error-summary", await declined.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(FairInvitationStatus.Invited, Assert.Single((await fixture.Host.Grains.GetGrain<IFairGrain>(roomId).GetView()).Invitations).Status);
    }

    [Theory]
    [InlineData("", "招聘会")]
    [InlineData("?culture=en", "Job fairs")]
    public async Task Every_fair_page_speaks_the_visitors_language(string query, string word)
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var (roomId, _, _) = await fixture.FairWithBoothAsync(host, employer);
        var streamer = await fixture.MemberAsync(host, OrganisationRole.Streamer);
        foreach (var (client, path) in new[]
        {
            (streamer.Http, $"/orgs/{host.Id}/fairs"), (streamer.Http, $"/orgs/{host.Id}/fairs/new"), (streamer.Http, $"/rooms/{roomId}/fair"),
            (streamer.Http, $"/rooms/{roomId}/report"), (employer.Admin.Http, $"/orgs/{employer.Id}/fairs"),
        })
        {
            var html = await client.GetStringAsync(path + query);
            Assert.Contains(query.Length == 0 ? "lang=\"zh-CN\"" : "lang=\"en\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("fairs.", TextOnly(html), StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", html.Replace("<script type=\"module\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        var org = await streamer.Http.GetStringAsync($"/orgs/{host.Id}/fairs{query}");
        Assert.Contains(word, org, StringComparison.Ordinal);
    }

    /// <summary>The page's visible text, without tags and attributes (where "fairs." appears in URLs).</summary>
    private static string TextOnly(string html) => Tags().Replace(html, " ");

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, params (string Name, string Value)[] fields)
    {
        var html = await client.GetStringAsync(formPage);
        var token = Token().Match(html);
        Assert.True(token.Success, $"{formPage} has a form with an antiforgery token");
        var body = fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token.Groups[1].Value));
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(action, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
