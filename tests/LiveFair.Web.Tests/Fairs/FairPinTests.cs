using System.Net;
using System.Text.Json;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Fairs;

[Collection(FairTestGroup.Name)]
public sealed class FairPinTests(FairsFixture fixture)
{
    [Fact]
    public async Task A_pinned_job_reaches_a_viewer_as_a_PinChanged_event_with_the_whole_card_and_unpinning_clears_it()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer, "<i>珠江</i>科技");
        var (roomId, jobId, _) = await fixture.FairWithBoothAsync(host, employer, "<script>alert(1)</script>测试岗");
        await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).StartRoom();
        var helper = await fixture.MemberAsync(host, OrganisationRole.Helper);

        await using var viewer = await fixture.Host.ConnectAsync();
        using var events = new RoomEventRecorder(viewer);
        await viewer.InvokeAsync<RoomCatchUp>("JoinRoom", roomId, null);

        using var pinned = await helper.PutJsonAsync($"/api/fairs/{roomId}/pin", new { kind = "Job", employerId = employer.Id, jobId });
        var body = await pinned.Content.ReadAsStringAsync();
        Assert.True(pinned.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("Job", JsonDocument.Parse(body).RootElement.GetProperty("kind").GetString());

        var pinEvent = await events.WaitForAsync(e => e.Kind == RoomEventKind.PinChanged);
        var job = pinEvent.Pin!.Job!;
        Assert.Equal(RoomPinKind.Job, pinEvent.Pin.Kind);
        Assert.Equal(jobId, job.JobId);
        Assert.Equal("<script>alert(1)</script>测试岗", job.Title);
        Assert.Equal("<i>珠江</i>科技", job.Booth.EmployerName);
        Assert.Equal(employer.Id, job.Booth.EmployerId);

        using var unpinned = await helper.Http.DeleteAsync($"/api/fairs/{roomId}/pin");
        Assert.Equal(HttpStatusCode.NoContent, unpinned.StatusCode);
        var cleared = await events.WaitForAsync(e => e.Kind == RoomEventKind.PinChanged && e.Sequence > pinEvent.Sequence);
        Assert.Null(cleared.Pin);
        Assert.Null((await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot()).Pin);
    }

    [Fact]
    public async Task A_streamer_pins_a_booth()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var (roomId, _, _) = await fixture.FairWithBoothAsync(host, employer);
        var streamer = await fixture.MemberAsync(host, OrganisationRole.Streamer);

        using var pinned = await streamer.PutJsonAsync($"/api/fairs/{roomId}/pin", new { kind = "Booth", employerId = employer.Id });
        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        var pin = (await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot()).Pin!;
        Assert.Equal(RoomPinKind.Booth, pin.Kind);
        Assert.Equal(employer.Id, pin.Booth!.EmployerId);
        Assert.Equal(1, pin.Booth.JobCount);
    }

    [Fact]
    public async Task Only_room_staff_of_the_host_pin_or_unpin()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var other = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var (roomId, jobId, recruiter) = await fixture.FairWithBoothAsync(host, employer);
        var outsiders = new[]
        {
            host.Admin, // an admin who is not a streamer or helper is not room staff
            await fixture.MemberAsync(host, OrganisationRole.Recruiter),
            employer.Admin,
            recruiter,
            await fixture.MemberAsync(other, OrganisationRole.Streamer),
            await fixture.SignedInAsync(),
        };
        foreach (var outsider in outsiders)
        {
            using var pin = await outsider.PutJsonAsync($"/api/fairs/{roomId}/pin", new { kind = "Job", employerId = employer.Id, jobId });
            await ProblemAssertions.AssertProblemAsync(pin, HttpStatusCode.Forbidden);
            using var unpin = await outsider.Http.DeleteAsync($"/api/fairs/{roomId}/pin");
            await ProblemAssertions.AssertProblemAsync(unpin, HttpStatusCode.Forbidden);
        }

        using var anonymous = fixture.Host.CreateClient();
        using var anonymousPin = await anonymous.PutAsync($"/api/fairs/{roomId}/pin", LiveFairTestHost.JsonContent(new { kind = "Booth", employerId = employer.Id }));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousPin.StatusCode);
        Assert.Null((await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot()).Pin);
    }

    public static TheoryData<string, HttpStatusCode> BadPins => new()
    {
        { """{"kind":"Job","employerId":"{employer}"}""", HttpStatusCode.BadRequest },
        { """{"kind":"Booth","employerId":"{employer}","jobId":"{job}"}""", HttpStatusCode.BadRequest },
        { """{"employerId":"{employer}"}""", HttpStatusCode.BadRequest },
        { """{"kind":"Banner","employerId":"{employer}"}""", HttpStatusCode.BadRequest },
        { """{"kind":"Booth","employerId":"<script>"}""", HttpStatusCode.BadRequest },
        { """{"kind":"Booth","employerId":"org-ffffffffff"}""", HttpStatusCode.NotFound },
        { """{"kind":"Job","employerId":"{employer}","jobId":"job-ffffffffff"}""", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(BadPins))]
    public async Task A_pin_of_something_that_is_not_in_the_fair_is_refused(string json, HttpStatusCode status)
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var (roomId, jobId, _) = await fixture.FairWithBoothAsync(host, employer);
        var streamer = await fixture.MemberAsync(host, OrganisationRole.Streamer);
        using var content = new StringContent(json.Replace("{employer}", employer.Id, StringComparison.Ordinal).Replace("{job}", jobId, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");

        using var response = await streamer.Http.PutAsync($"/api/fairs/{roomId}/pin", content);

        await ProblemAssertions.AssertProblemAsync(response, status);
        Assert.Null((await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot()).Pin);
    }

    [Fact]
    public async Task A_job_closed_after_the_booth_opened_cannot_be_pinned()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var (roomId, jobId, _) = await fixture.FairWithBoothAsync(host, employer);
        await fixture.Host.Grains.GetGrain<Contracts.Jobs.IJobGrain>(jobId).Close(employer.Admin.Person.Id);
        var streamer = await fixture.MemberAsync(host, OrganisationRole.Streamer);

        using var response = await streamer.PutJsonAsync($"/api/fairs/{roomId}/pin", new { kind = "Job", employerId = employer.Id, jobId });

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Conflict, "fair.job_not_published");
    }
}
