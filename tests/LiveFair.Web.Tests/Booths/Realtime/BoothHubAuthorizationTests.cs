using System.Net;
using LiveFair.Contracts.Fairs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Booths.Realtime;

/// <summary>Who may follow which booth over the hub; a refused watch subscribes nothing.</summary>
[Collection(BoothTestGroup.Name)]
public sealed class BoothHubAuthorizationTests(BoothsFixture fixture)
{
    [Fact]
    public async Task The_console_is_refused_to_a_seeker_and_to_another_employers_recruiter_and_they_hear_nothing_of_the_queue()
    {
        var booth = await fixture.NewBoothAsync();
        using var seeker = await fixture.ApplicantAsync();
        await using var seekerHub = await BoothHubClient.ConnectAsync(fixture.Host, seeker.Me);
        await using var outsiderHub = await BoothHubClient.ConnectAsync(fixture.Host, fixture.OtherRecruiter);
        await using var outsiderAdminHub = await BoothHubClient.ConnectAsync(fixture.Host, fixture.OtherAdmin);
        foreach (var refused in new[] { seekerHub, outsiderHub, outsiderAdminHub })
        {
            var error = await Assert.ThrowsAsync<HubException>(() => refused.WatchConsoleAsync(booth));
            Assert.Contains("booth.forbidden", error.Message, StringComparison.Ordinal);
        }

        // The employer's admin may, as the booth's recruiters do; an application reaches the console and not them.
        await using var adminHub = await BoothHubClient.ConnectAsync(fixture.Host, fixture.EmployerAdmin);
        await adminHub.WatchConsoleAsync(booth);
        await BoothsFixture.ApplyAsync(seeker, booth, fixture.PublishedJobIds[0]);
        await adminHub.WaitForSummaryAsync(s => s.Waiting == 1);
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using (var called = await recruiter.PostAsync(booth.Path + "/call-next"))
        {
            await Caller.ReadAsync<BoothCall>(called, HttpStatusCode.OK);
        }

        await adminHub.WaitForSummaryAsync(s => s.Called == 1);
        Assert.Empty(seekerHub.BoothMessages);
        Assert.Empty(outsiderHub.BoothMessages);
        Assert.Empty(outsiderAdminHub.BoothMessages);
    }

    public static TheoryData<string?, string?> MalformedBooths => new()
    {
        { null, null },
        { "", "" },
        { "Room With Spaces", "org-x" },
        { "room-abc.def", "org-x" },
        { "room-abcdef", "org.x" },
        { "room-abcdef", "" },
        { "../../etc", "passwd" },
    };

    [Theory]
    [MemberData(nameof(MalformedBooths))]
    public async Task Watching_a_malformed_booth_is_not_found(string? roomId, string? employerId)
    {
        using var seeker = await fixture.ApplicantAsync();
        await using var hub = await BoothHubClient.ConnectAsync(fixture.Host, seeker.Me);
        foreach (var method in new[] { "WatchBooth", "WatchBoothConsole" })
        {
            var error = await Assert.ThrowsAsync<HubException>(() => hub.Connection.InvokeAsync(method, roomId, employerId));
            Assert.Contains("booth.not_found", error.Message, StringComparison.Ordinal);
        }

        var typing = await Assert.ThrowsAsync<HubException>(() => hub.Connection.InvokeAsync("InterviewTyping", roomId, employerId, "app-0"));
        Assert.Contains("booth.not_found", typing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watching_a_booth_that_does_not_exist_is_not_found_and_a_later_real_watch_still_works()
    {
        var booth = await fixture.NewBoothAsync();
        using var seeker = await fixture.ApplicantAsync();
        await using var hub = await BoothHubClient.ConnectAsync(fixture.Host, seeker.Me);

        // A real fair the other employer was never invited to; and a fair that does not exist.
        var uninvited = booth with { EmployerId = fixture.OtherEmployerId };
        var noFair = booth with { RoomId = "room-" + Guid.NewGuid().ToString("N")[..12] };
        foreach (var missing in new[] { uninvited, noFair })
        {
            var error = await Assert.ThrowsAsync<HubException>(() => hub.WatchBoothAsync(missing));
            Assert.Contains("booth.not_found", error.Message, StringComparison.Ordinal);
        }

        var place = await BoothsFixture.ApplyAsync(seeker, booth, fixture.PublishedJobIds[0]);
        var watched = await hub.WatchBoothAsync(booth);
        Assert.Equal(place.ApplicationId, watched.ApplicationId);
    }

    [Fact]
    public async Task Anonymous_connections_may_not_follow_a_booth_or_type()
    {
        var booth = await fixture.NewBoothAsync();
        await using var anonymous = await BoothHubClient.ConnectAsync(fixture.Host, null);
        var calls = new Func<Task>[]
        {
            () => anonymous.WatchBoothAsync(booth),
            () => anonymous.WatchConsoleAsync(booth),
            () => anonymous.TypingAsync(booth, "app-0"),
        };
        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<HubException>(call);
            Assert.Contains("unauthorized", error.Message, StringComparison.OrdinalIgnoreCase);
        }

        // Still refused as nothing was registered: an application reaches nobody on this connection.
        using var seeker = await fixture.ApplicantAsync();
        await using var console = await BoothHubClient.ConnectAsync(fixture.Host, fixture.Recruiter);
        await console.WatchConsoleAsync(booth);
        await BoothsFixture.ApplyAsync(seeker, booth, fixture.PublishedJobIds[0]);
        await console.WaitForSummaryAsync(s => s.Waiting == 1);
        Assert.Empty(anonymous.BoothMessages);
    }
}
