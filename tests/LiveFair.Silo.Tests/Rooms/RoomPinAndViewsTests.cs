using LiveFair.Contracts.Common;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

/// <summary>Pins and the 人次 total are part of the room's record: numbered, in the snapshot, and durable. One cluster per test.</summary>
public sealed class RoomPinAndViewsTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    private static RoomPin BoothPin(string employerName = "Pearl River Tech") => new()
    {
        Kind = RoomPinKind.Booth,
        PinnedAt = TestRooms.Start,
        Booth = new PinnedBooth { BoothId = "fair-0123456789.org-prt", EmployerId = "org-prt", EmployerName = employerName, EmployerVerified = true, JobCount = 2 },
    };

    private static RoomPin JobPin() => new()
    {
        Kind = RoomPinKind.Job,
        PinnedAt = TestRooms.Start,
        Job = new PinnedJob
        {
            JobId = "job-0123456789",
            Booth = BoothPin().Booth!,
            Title = "<b>Data clerk</b>",
            City = "广州",
            WorkMode = WorkMode.HomeBased,
            SalaryMin = 4000,
            SalaryMax = 6000,
            Headcount = 3,
            Benefits = [JobBenefit.SocialInsurance],
            Accommodations = [JobAccommodation.TextOnlyCommunication],
        },
    };

    [Fact]
    public async Task A_pin_is_a_numbered_event_in_the_snapshot_and_survives_a_restart()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var room = await cluster.Client.StartLiveAsync(TestRooms.NewId("pin"));
        var before = await room.GetSnapshot();

        var pinned = await room.SetPin(JobPin());

        Assert.Equal(RoomEventKind.PinChanged, pinned.Kind);
        Assert.Equal(before.Sequence + 1, pinned.Sequence);
        Assert.Equal(JobPin().Job!.Title, pinned.Pin!.Job!.Title);
        var caughtUp = Assert.Single((await room.GetEventsSince(before.Sequence)).Events);
        Assert.Equal((pinned.Sequence, RoomEventKind.PinChanged), (caughtUp.Sequence, caughtUp.Kind));
        Assert.Equal("job-0123456789", caughtUp.Pin!.Job!.JobId);
        var snapshot = await room.GetSnapshot();
        Assert.Equal(pinned.Sequence, snapshot.Sequence);
        Assert.Equal("job-0123456789", snapshot.Pin!.Job!.JobId);
        Assert.Equal([JobBenefit.SocialInsurance], snapshot.Pin.Job.Benefits);

        await cluster.RestartSiloAsync();

        var restored = await room.GetSnapshot();
        Assert.Equal(RoomPinKind.Job, restored.Pin!.Kind);
        Assert.Equal("<b>Data clerk</b>", restored.Pin.Job!.Title);
        Assert.Equal([JobAccommodation.TextOnlyCommunication], restored.Pin.Job.Accommodations);
        Assert.True(restored.Sequence >= pinned.Sequence);
    }

    [Fact]
    public async Task A_new_pin_replaces_the_old_and_null_clears_it_durably()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var room = await cluster.Client.StartLiveAsync(TestRooms.NewId("pin"));
        var first = await room.SetPin(JobPin());
        var second = await room.SetPin(BoothPin("Second employer"));
        Assert.Equal(first.Sequence + 1, second.Sequence);
        Assert.Equal("Second employer", (await room.GetSnapshot()).Pin!.Booth!.EmployerName);

        var cleared = await room.SetPin(null);

        Assert.Equal(RoomEventKind.PinChanged, cleared.Kind);
        Assert.Equal(second.Sequence + 1, cleared.Sequence);
        Assert.Null(cleared.Pin);
        Assert.Null((await room.GetSnapshot()).Pin);
        await cluster.RestartSiloAsync();
        Assert.Null((await room.GetSnapshot()).Pin);
    }

    [Fact]
    public async Task Pinning_is_refused_once_the_room_has_ended_and_changes_nothing()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var room = await cluster.Client.StartLiveAsync(TestRooms.NewId("pin"));
        await room.SetPin(BoothPin());
        await room.EndRoom();

        await RoomAssert.RejectedWithoutChangeAsync(room, "room.ended", ErrorKind.Conflict, () => room.SetPin(JobPin()));
        await RoomAssert.RejectedWithoutChangeAsync(room, "room.ended", ErrorKind.Conflict, () => room.SetPin(null));
        Assert.Equal(RoomPinKind.Booth, (await room.GetSnapshot()).Pin!.Kind);
    }

    [Fact]
    public async Task A_pin_whose_card_does_not_match_its_kind_is_refused()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var room = await cluster.Client.StartLiveAsync(TestRooms.NewId("pin"));

        await RoomAssert.RejectedWithoutChangeAsync(room, "room.invalid_pin", ErrorKind.Invalid, () => room.SetPin(BoothPin() with { Kind = RoomPinKind.Job }));
        await RoomAssert.RejectedWithoutChangeAsync(room, "room.invalid_pin", ErrorKind.Invalid, () => room.SetPin(JobPin() with { Booth = BoothPin().Booth }));
        Assert.Null((await room.GetSnapshot()).Pin);
    }

    [Fact]
    public async Task Pinning_an_unknown_room_is_not_found()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var error = await Assert.ThrowsAsync<DomainException>(() => cluster.Room(TestRooms.NewId("nobody")).SetPin(BoothPin()));
        Assert.Equal("room.not_found", error.Code);
    }

    [Fact]
    public async Task Views_add_up_persist_across_a_restart_and_negative_counts_are_refused()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var room = await cluster.Client.StartLiveAsync(TestRooms.NewId("views"));
        Assert.Equal(0, (await room.GetSnapshot()).TotalViews);

        await room.AddViews(3);
        await room.AddViews(0);
        await room.AddViews(4);
        Assert.Equal(7, (await room.GetSnapshot()).TotalViews);

        var error = await Assert.ThrowsAsync<DomainException>(() => room.AddViews(-1));
        Assert.Equal("room.invalid_view_count", error.Code);
        Assert.Equal(ErrorKind.Invalid, error.Kind);

        await cluster.RestartSiloAsync();
        Assert.Equal(7, (await room.GetSnapshot()).TotalViews);

        // Counting views is not a viewer-visible event.
        var snapshot = await room.GetSnapshot();
        await room.AddViews(1);
        Assert.Equal(snapshot.Sequence, (await room.GetSnapshot()).Sequence);
        Assert.Equal(8, (await room.GetSnapshot()).TotalViews);
    }
}
