using LiveFair.Contracts.Fairs;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Fairs;

/// <summary>What Web nodes watching a booth are sent: a count for a join, the whole line when places move, interview events.</summary>
public sealed class BoothObserverTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task A_join_sends_only_the_count_and_a_call_sends_the_whole_queue()
    {
        var booth = await Client.BoothAsync();
        var node = new RecordingBoothObserver();
        var reference = Client.CreateObjectReference<IBoothObserver>(node);
        try
        {
            await booth.Booth.Subscribe(reference);
            var (first, firstPlace) = await Client.AppliedAsync(booth);
            var (_, secondPlace) = await Client.AppliedAsync(booth);

            var joins = await node.WaitForAsync(u => u.Count == 2, "two join updates");
            Assert.All(joins, u => Assert.Null(u.Queue));
            Assert.All(joins, u => Assert.Null(u.Interview));
            Assert.Equal([1, 2], joins.Select(u => u.Waiting));

            var call = await booth.Booth.CallNext(booth.Recruiter);
            var afterCall = await node.WaitForAsync(u => u.Count == 3, "the queue after the call");
            var queue = afterCall[2].Queue!;
            Assert.Equal([secondPlace.Ticket], queue.Waiting);
            Assert.Equal(firstPlace.Ticket, Assert.Single(queue.Called).Ticket);
            Assert.Equal(1, queue.PlaceOf(secondPlace.Ticket, secondPlace.ApplicationId!, queue.Positions()).Position);
            Assert.Equal([1L, 2L, 3L], afterCall.Select(u => u.Sequence));

            await booth.Booth.Answer(first.PersonId);
            await booth.Booth.PostMessage(first.PersonId, call.ApplicationId, "你好");
            await booth.Booth.Typing(booth.Recruiter, call.ApplicationId);
            var all = await node.WaitForAsync(u => u.Count(x => x.Interview is not null) == 3, "started, message and typing");
            var events = all.Where(u => u.Interview is not null).Select(u => u.Interview!).ToList();
            Assert.Equal([InterviewEventKind.Started, InterviewEventKind.Message, InterviewEventKind.Typing], events.Select(e => e.Kind));
            Assert.All(events, e => Assert.Equal((first.PersonId, booth.Recruiter), (e.ApplicantId, e.RecruiterId)));
            Assert.Equal("你好", events[1].Message!.Text);
            Assert.False(events[2].FromApplicant);
            Assert.Equal([firstPlace.Ticket], all.Last(u => u.Queue is not null).Queue!.Interviewing);
        }
        finally
        {
            Client.DeleteObjectReference<IBoothObserver>(reference);
        }
    }

    [Fact]
    public async Task An_unsubscribed_node_hears_nothing_more()
    {
        var booth = await Client.BoothAsync();
        var node = new RecordingBoothObserver();
        var reference = Client.CreateObjectReference<IBoothObserver>(node);
        try
        {
            await booth.Booth.Subscribe(reference);
            await Client.AppliedAsync(booth);
            await node.WaitForAsync(u => u.Count == 1, "the join");
            await booth.Booth.Unsubscribe(reference);
            await Client.AppliedAsync(booth);
            await booth.Booth.CallNext(booth.Recruiter);

            // Give a stray update time to arrive, then prove none did.
            await Task.Delay(200);
            Assert.Single(node.Updates);
        }
        finally
        {
            Client.DeleteObjectReference<IBoothObserver>(reference);
        }
    }
}
