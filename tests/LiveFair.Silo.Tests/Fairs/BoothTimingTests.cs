using LiveFair.Contracts.Fairs;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Fairs;

/// <summary>The sweep: unanswered calls become no-shows, and people away longer than the grace lose their place.</summary>
public sealed class BoothTimingTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task An_unanswered_call_becomes_a_no_show_and_the_same_recruiter_gets_the_next_person()
    {
        var booth = await Client.BoothAsync();
        var (silent, _) = await Client.AppliedAsync(booth);
        var (next, _) = await Client.AppliedAsync(booth);
        var call = await booth.Booth.CallNext(booth.Recruiter);

        var nextPlace = await Eventually.GetAsync(() => booth.Booth.GetPlace(next.PersonId), p => p.State == QueueState.Called, "the next person to be called");

        Assert.Equal(QueueState.None, (await booth.Booth.GetPlace(silent.PersonId)).State);
        var record = await Client.GetGrain<IApplicationGrain>(call.ApplicationId).GetRecord();
        Assert.Equal((ApplicationStatus.NoShow, ApplicationOutcome.NoShow), (record.Status, record.Outcome));
        var open = Assert.Single((await booth.Booth.GetConsole(booth.Recruiter)).Open);
        Assert.Equal((nextPlace.ApplicationId, true), (open.ApplicationId, open.Mine));
        Assert.Equal(1, (await booth.Booth.GetStats()).NoShows);

        // Too late to answer; the no-show can still be recorded as such, and nothing else.
        await BoothQueueTests.AssertRefusedAsync("booth.not_called", () => booth.Booth.Answer(silent.PersonId));
        await booth.Booth.RecordOutcome(booth.Recruiter, call.ApplicationId, new OutcomeInput { Outcome = ApplicationOutcome.NoShow });
        await BoothQueueTests.AssertRefusedAsync("booth.no_interview", () => booth.Booth.RecordOutcome(booth.Recruiter, call.ApplicationId, new OutcomeInput { Outcome = ApplicationOutcome.Offer }));
        Assert.Equal(1, (await booth.Booth.GetStats()).NoShows);
    }

    [Fact]
    public async Task A_person_away_longer_than_the_grace_loses_the_place_and_one_back_in_time_keeps_it()
    {
        var booth = await Client.BoothAsync();
        var (leaving, leavingPlace) = await Client.AppliedAsync(booth);
        var (returning, _) = await Client.AppliedAsync(booth);
        var (staying, _) = await Client.AppliedAsync(booth);

        await booth.Booth.SetPresence(leaving.PersonId, false);
        await booth.Booth.SetPresence(returning.PersonId, false);
        await booth.Booth.SetPresence(returning.PersonId, true);

        var place = await Eventually.GetAsync(() => booth.Booth.GetPlace(leaving.PersonId), p => p.State == QueueState.None, "the place to be given up");
        Assert.Equal(QueueState.None, place.State);
        Assert.Equal(ApplicationStatus.Left, (await Client.GetGrain<IApplicationGrain>(leavingPlace.ApplicationId!).GetRecord()).Status);
        Assert.Equal(1, (await booth.Booth.GetPlace(returning.PersonId)).Position);
        Assert.Equal(2, (await booth.Booth.GetPlace(staying.PersonId)).Position);
    }
}
