using System.Net;
using System.Text.Json;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Fairs;

[Collection(FairTestGroup.Name)]
public sealed class FairCreationTests(FairsFixture fixture)
{
    [Theory]
    [InlineData(OrganisationKind.ServiceOrganisation, OrganisationRole.Admin)]
    [InlineData(OrganisationKind.ServiceOrganisation, OrganisationRole.Streamer)]
    [InlineData(OrganisationKind.Employer, OrganisationRole.Admin)]
    [InlineData(OrganisationKind.Employer, OrganisationRole.Streamer)]
    public async Task Admins_and_streamers_of_an_employer_or_service_organisation_create_a_job_fair_room(OrganisationKind kind, OrganisationRole role)
    {
        var host = await fixture.OrganisationAsync(kind, "广州市残联就业服务中心");
        var creator = role == OrganisationRole.Admin ? host.Admin : await fixture.MemberAsync(host, role);

        using var response = await creator.PostJsonAsync("/api/fairs", FairsFixture.FairBody(host.Id, "  2026 春季专场  "));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var roomId = JsonDocument.Parse(body).RootElement.GetProperty("roomId").GetString()!;
        Assert.Matches("^fair-[0-9a-f]{10}$", roomId);
        Assert.Equal($"/api/fairs/{roomId}", response.Headers.Location!.OriginalString);
        Assert.Equal(host.Id, JsonDocument.Parse(body).RootElement.GetProperty("hostOrganisationId").GetString());

        var room = await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot();
        Assert.Equal(RoomKind.JobFair, room.Details.Kind);
        Assert.Equal(RoomStatus.Scheduled, room.Status);
        Assert.Equal("2026 春季专场", room.Details.Title);
        Assert.Equal(host.Id, room.Details.HostOrganisationId);
        Assert.Equal("广州市残联就业服务中心", room.Details.HostOrganisationName);
    }

    public static TheoryData<string> Refused => ["recruiter of the host", "helper of the host", "seeker", "admin of another organisation", "anonymous"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Nobody_else_creates_a_fair_for_the_host(string who)
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var other = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var client = who switch
        {
            "recruiter of the host" => (await fixture.MemberAsync(host, OrganisationRole.Recruiter)).Http,
            "helper of the host" => (await fixture.MemberAsync(host, OrganisationRole.Helper)).Http,
            "seeker" => (await fixture.SignedInAsync()).Http,
            "admin of another organisation" => other.Admin.Http,
            _ => fixture.Host.CreateClient(),
        };
        using var response = await client.PostAsync("/api/fairs", Testing.LiveFairTestHost.JsonContent(FairsFixture.FairBody(host.Id)));

        if (who == "anonymous")
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        else
        {
            await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden, "fair.create_forbidden");
        }

        Assert.Empty(await HostedAsync(host.Id));
    }

    [Fact]
    public async Task A_workshop_does_not_host_job_fairs_even_for_its_admin()
    {
        var workshop = await fixture.OrganisationAsync(OrganisationKind.Workshop);
        using var response = await workshop.Admin.PostJsonAsync("/api/fairs", FairsFixture.FairBody(workshop.Id));
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden, "fair.host_kind");
        Assert.Empty(await HostedAsync(workshop.Id));
    }

    [Fact]
    public async Task An_unknown_or_malformed_host_is_refused()
    {
        var person = await fixture.SignedInAsync();
        using var unknown = await person.PostJsonAsync("/api/fairs", FairsFixture.FairBody("org-ffffffffff"));
        await ProblemAssertions.AssertProblemAsync(unknown, HttpStatusCode.NotFound, "organisation.not_found");
        using var malformed = await person.PostJsonAsync("/api/fairs", FairsFixture.FairBody("<script>"));
        await ProblemAssertions.AssertProblemAsync(malformed, HttpStatusCode.BadRequest, "fair.host_invalid");
    }

    public static TheoryData<string, object?, string> InvalidFields => new()
    {
        { "title", "", "room.title.empty" },
        { "title", "   ", "room.title.empty" },
        { "title", new string('会', 121), "room.title.too_long" },
        { "title", "招聘\u0007会", "room.title.invalid_characters" },
        { "description", new string('述', 2001), "room.description.too_long" },
        { "playbackUrl", "javascript:alert(1)", "room.playback_url.invalid_url" },
        { "playbackUrl", "/relative/stream.m3u8", "room.playback_url.invalid_url" },
        { "signLanguageUrl", "ftp://example.com/sign", "room.sign_language_url.invalid_url" },
        { "scheduledEnd", "2020-01-01T00:00:00+08:00", "room.invalid_schedule" },
        { "scheduledStart", null, "room.schedule_required" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Each_invalid_field_is_a_bad_request_with_the_room_rule_code_and_creates_nothing(string field, object? value, string type)
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var body = FairsFixture.FairBody(host.Id);
        body[field] = value;

        using var response = await host.Admin.PostJsonAsync("/api/fairs", body);

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, type);
        Assert.Empty(await HostedAsync(host.Id));
    }

    [Fact]
    public async Task Script_in_the_title_and_description_is_kept_as_typed_and_shown_as_text()
    {
        const string Title = "<script>alert('fair')</script>招聘会";
        const string Description = "<img src=x onerror=alert(1)> & \"引号\"";
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation, "<b>主办</b>");
        var body = FairsFixture.FairBody(host.Id, Title);
        body["description"] = Description;
        using var response = await host.Admin.PostJsonAsync("/api/fairs", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var roomId = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("roomId").GetString()!;

        var room = await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot();
        Assert.Equal(Title, room.Details.Title);
        Assert.Equal(Description, room.Details.Description);
        foreach (var path in new[] { $"/rooms/{roomId}/fair", $"/orgs/{host.Id}/fairs", $"/rooms/{roomId}/report" })
        {
            var html = await host.Admin.Http.GetStringAsync(path);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(&#x27;fair&#x27;)&lt;/script&gt;招聘会", html, StringComparison.Ordinal);
        }
    }

    private async Task<IReadOnlyList<Silo.Lobby.LobbyRoom>> HostedAsync(string organisationId)
    {
        var lobby = (Silo.Lobby.LobbyReadModel)fixture.Host.Services.GetService(typeof(Silo.Lobby.LobbyReadModel))!;
        return [.. (await lobby.ListAsync(includeDemo: true)).Where(room => room.HostOrganisationId == organisationId)];
    }
}
