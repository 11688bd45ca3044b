using System.Net;
using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Booths;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Booths.Realtime;

/// <summary>
/// Queue places over real SignalR connections: each waiting person hears their own place move, recruiters hear
/// the queue's size, and nobody outside the booth hears anything.
/// </summary>
[Collection(BoothTestGroup.Name)]
public sealed class QueueFanoutTests(BoothsFixture fixture)
{
    [Fact]
    public async Task Calling_next_moves_every_watcher_up_one_place_and_tells_the_called_one_when_to_answer_and_nobody_outside_the_booth_hears_it()
    {
        var booth = await fixture.NewBoothAsync();
        var (neighbour, neighbourJob) = await NeighbourBooth.OpenAsync(fixture, booth);
        var seekers = new List<(Caller Http, BoothHubClient Hub, string ApplicationId)>();
        for (var i = 0; i < 3; i++)
        {
            var rest = await fixture.ApplicantAsync("排队者" + i);
            var applied = await BoothsFixture.ApplyAsync(rest, booth, fixture.PublishedJobIds[i % 2]);
            var hub = await BoothHubClient.ConnectAsync(fixture.Host, rest.Me);
            var watched = await hub.WatchBoothAsync(booth);
            Assert.Equal(QueueState.Waiting, watched.State);
            Assert.Equal(i + 1, watched.Position);
            Assert.Equal(applied.ApplicationId, watched.ApplicationId);
            seekers.Add((rest, hub, applied.ApplicationId!));
        }

        // Someone waiting at the other employer's booth of the same fair, and someone who only watches the room.
        using var neighbourSeeker = await fixture.ApplicantAsync("隔壁展位");
        await BoothsFixture.ApplyAsync(neighbourSeeker, neighbour, neighbourJob);
        await using var neighbourHub = await BoothHubClient.ConnectAsync(fixture.Host, neighbourSeeker.Me);
        Assert.Equal(1, (await neighbourHub.WatchBoothAsync(neighbour)).Position);
        var viewerPerson = await fixture.Host.CreatePersonAsync("观众");
        await using var viewer = await BoothHubClient.ConnectAsync(fixture.Host, viewerPerson);
        Assert.NotNull((await viewer.JoinRoomAsync(booth.RoomId)).Snapshot);

        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var called = await recruiter.PostAsync(booth.Path + "/call-next");
        var call = await Caller.ReadAsync<BoothCall>(called, HttpStatusCode.OK);
        Assert.Equal(seekers[0].ApplicationId, call.ApplicationId);

        var first = await seekers[0].Hub.WaitForPlaceAsync(p => p.State == QueueState.Called);
        Assert.Equal(seekers[0].ApplicationId, first.ApplicationId);
        Assert.Equal(booth.BoothId, first.BoothId);
        Assert.Equal(call.AnswerBy, first.AnswerBy);
        Assert.Null(first.Position);
        for (var i = 1; i < 3; i++)
        {
            var place = await seekers[i].Hub.WaitForPlaceAsync(p => p.Waiting == 2);
            Assert.Equal(QueueState.Waiting, place.State);
            Assert.Equal(i, place.Position);
            Assert.Equal(seekers[i].ApplicationId, place.ApplicationId);
            Assert.Null(place.AnswerBy);
        }

        // The joins before the call moved nobody, so the call is the only place anyone heard of.
        Assert.All(seekers, s => Assert.Single(s.Hub.Places));

        // Markers that arrive only after anything of this booth would have: the neighbour is called at their
        // own booth, and the viewer sees their own chat line.
        using var otherRecruiter = await fixture.SignInAsync(fixture.OtherRecruiter);
        using (var neighbourCall = await otherRecruiter.PostAsync(neighbour.Path + "/call-next"))
        {
            await Caller.ReadAsync<BoothCall>(neighbourCall, HttpStatusCode.OK);
        }

        await neighbourHub.WaitForPlaceAsync(p => p.State == QueueState.Called);
        var neighbourPlace = Assert.Single(neighbourHub.BoothMessages);
        Assert.Equal(neighbour.BoothId, Assert.Single(neighbourHub.Places).BoothId);
        Assert.Equal(BoothFanout.PlaceMethod, neighbourPlace.Method);

        var line = await viewer.Connection.InvokeAsync<ChatMessage>("SendChat", booth.RoomId, "请问几点结束？");
        await viewer.WaitForRoomEventAsync(e => e.Kind == RoomEventKind.ChatPosted && e.Chat!.MessageId == line.MessageId);
        Assert.Empty(viewer.BoothMessages);

        foreach (var seeker in seekers)
        {
            await seeker.Hub.DisposeAsync();
            seeker.Http.Dispose();
        }
    }

    [Fact]
    public async Task A_join_at_the_end_of_the_line_moves_nobody_so_only_the_recruiters_console_hears_the_new_count()
    {
        var booth = await fixture.NewBoothAsync();
        var waiting = new List<BoothHubClient>();
        for (var i = 0; i < 2; i++)
        {
            using var rest = await fixture.ApplicantAsync();
            await BoothsFixture.ApplyAsync(rest, booth, fixture.PublishedJobIds[0]);
            var hub = await BoothHubClient.ConnectAsync(fixture.Host, rest.Me);
            await hub.WatchBoothAsync(booth);
            waiting.Add(hub);
        }

        await using var console = await BoothHubClient.ConnectAsync(fixture.Host, fixture.Recruiter);
        await console.WatchConsoleAsync(booth);

        using var late = await fixture.ApplicantAsync("迟到者");
        var latePlace = await BoothsFixture.ApplyAsync(late, booth, fixture.PublishedJobIds[1]);
        Assert.Equal(3, latePlace.Position);
        var joined = await console.WaitForSummaryAsync(s => s.Waiting == 3);
        Assert.Equal(booth.BoothId, joined.BoothId);

        // Leaving sends the whole queue: it reaches those waiting after anything the join could have sent them.
        using (var left = await late.DeleteAsync(booth.Path + "/place"))
        {
            Assert.Equal(QueueState.None, (await Caller.ReadAsync<QueuePlace>(left, HttpStatusCode.OK)).State);
        }

        for (var i = 0; i < waiting.Count; i++)
        {
            var place = await waiting[i].WaitForPlaceAsync(p => p.Waiting == 2);
            Assert.Equal(i + 1, place.Position);
            Assert.Single(waiting[i].Places);
            Assert.Empty(waiting[i].Summaries);
        }

        var afterLeave = await console.WaitForSummaryAsync(s => s.Waiting == 2);
        Assert.Equal(BoothStatus.Open, afterLeave.Status);
        Assert.Empty(console.Places);

        foreach (var hub in waiting)
        {
            await hub.DisposeAsync();
        }
    }
}
