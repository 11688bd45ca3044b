using System.Net;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Booths;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Booths.Realtime;

/// <summary>
/// A dropped connection is reported to the booth: the console shows the person away, and after the booth's
/// disconnect grace the place is given up, unless they came back in time.
/// </summary>
[Collection(BoothTestGroup.Name)]
public sealed class PresenceTests(BoothsFixture fixture)
{
    [Fact]
    public async Task A_seeker_whose_connection_drops_is_shown_away_and_loses_the_place_after_the_grace_unless_they_came_back_and_watched_again()
    {
        var booth = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        await SetGraceAsync(recruiter, booth, TimeSpan.FromMinutes(10));

        using var returning = await fixture.ApplicantAsync("回来的人");
        using var gone = await fixture.ApplicantAsync("离开的人");
        await BoothsFixture.ApplyAsync(returning, booth, fixture.PublishedJobIds[0]);
        await BoothsFixture.ApplyAsync(gone, booth, fixture.PublishedJobIds[0]);
        var returningHub = await BoothHubClient.ConnectAsync(fixture.Host, returning.Me);
        var goneHub = await BoothHubClient.ConnectAsync(fixture.Host, gone.Me);
        await returningHub.WatchBoothAsync(booth);
        await goneHub.WatchBoothAsync(booth);
        Assert.Equal(new[] { true, true }, await ConnectedAsync(recruiter, booth));

        await returningHub.DisposeAsync();
        await goneHub.DisposeAsync();
        await Eventually.GetAsync(() => ConnectedAsync(recruiter, booth), c => c.SequenceEqual(new[] { false, false }), "both shown away on the console");

        // Back within the grace: watching again says they are here.
        await using var back = await BoothHubClient.ConnectAsync(fixture.Host, returning.Me);
        var kept = await back.WatchBoothAsync(booth);
        Assert.Equal(QueueState.Waiting, kept.State);
        Assert.Equal(1, kept.Position);
        await Eventually.GetAsync(() => ConnectedAsync(recruiter, booth), c => c.SequenceEqual(new[] { true, false }), "the one who came back shown connected");

        // A short grace now: the one still away loses the place, the one who came back keeps it.
        await SetGraceAsync(recruiter, booth, TimeSpan.FromSeconds(1));
        await Eventually.GetAsync(() => gone.GetJsonAsync<QueuePlace>(booth.Path + "/place"), p => p.State == QueueState.None, "the absent seeker's place given up");
        var moved = await back.WaitForPlaceAsync(p => p.Waiting == 1);
        Assert.Equal(QueueState.Waiting, moved.State);
        Assert.Equal(1, moved.Position);
        Assert.Equal(QueueState.Waiting, (await returning.GetJsonAsync<QueuePlace>(booth.Path + "/place")).State);
        Assert.Equal(new[] { true }, await ConnectedAsync(recruiter, booth));
    }

    [Fact]
    public async Task Connections_that_close_while_watching_leave_no_watcher_behind_and_the_seeker_is_shown_away()
    {
        var booth = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var seeker = await fixture.ApplicantAsync();
        await BoothsFixture.ApplyAsync(seeker, booth, fixture.PublishedJobIds[0]);
        var cookies = await fixture.Host.SignInAsync(seeker.Me);
        var first = await BoothHubClient.ConnectAsync(fixture.Host, seeker.Me);
        await first.WatchBoothAsync(booth);
        await first.DisposeAsync();
        await Eventually.GetAsync(() => ConnectedAsync(recruiter, booth), c => c.SequenceEqual(new[] { false }), "the seeker shown away");

        // Each connection asks to watch and goes away before the answer, racing the server's cleanup.
        await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            var connection = await fixture.Host.ConnectAsync(cookies);
            var watch = connection.InvokeAsync<QueuePlace>("WatchBooth", booth.RoomId, booth.EmployerId);
            await connection.DisposeAsync();
            await Task.WhenAny(watch, Task.Delay(5000));
        }));

        // A watcher left behind would keep the booth subscribed and the seeker "connected" for ever, so the
        // place would never be given up however long they stay away.
        var fanout = fixture.Host.Services.GetRequiredService<BoothFanout>();
        await Eventually.GetAsync(
            async () => (Watchers: fanout.LocalWatchers(booth.BoothId), Connected: await ConnectedAsync(recruiter, booth)),
            state => state.Watchers == 0 && state.Connected.SequenceEqual(new[] { false }),
            "no watcher left and the seeker shown away");
    }

    private static async Task SetGraceAsync(Caller recruiter, Booth booth, TimeSpan grace)
    {
        using var response = await recruiter.PutAsync(booth.Path + "/settings", new { disconnectGrace = grace });
        Assert.Equal(grace, (await Caller.ReadAsync<BoothView>(response, HttpStatusCode.OK)).Settings.DisconnectGrace);
    }

    /// <summary>Whether each person waiting, first first, is connected, as the recruiter console shows it.</summary>
    private static async Task<bool[]> ConnectedAsync(Caller recruiter, Booth booth) =>
        [.. (await recruiter.GetJsonAsync<BoothConsole>(booth.Path + "/console")).Queue.OrderBy(e => e.Position).Select(e => e.Connected)];
}
