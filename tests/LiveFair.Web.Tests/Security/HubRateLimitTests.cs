using LiveFair.Contracts.Rooms;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Security;

/// <summary>Hub limits on a host whose allowance is 10 calls, refilled at 5 a second (<see cref="SecurityHostFixture"/>).</summary>
public sealed class HubRateLimitTests(SecurityHostFixture fixture) : IClassFixture<SecurityHostFixture>
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_flood_of_valid_calls_is_refused_as_rate_limited_changes_nothing_and_is_then_disconnected()
    {
        var room = await fixture.Host.CreateRoomAsync();
        await using var captioner = await fixture.Host.ConnectAsync(await fixture.NewCaptionerAsync());
        var closed = captioner.ClosedAsync();

        var accepted = 0;
        var refusals = new List<string>();
        var endedByClose = false;
        for (var i = 0; i < 200 && !endedByClose; i++)
        {
            try
            {
                await captioner.InvokeAsync<RoomEvent>("SendCaption", room, new CaptionInput { Text = $"line {i}", IsFinal = true });
                accepted++;
            }
            catch (Exception gone) when (HubConnectionSignals.IsConnectionGone(gone))
            {
                endedByClose = true;
            }
            catch (HubException refused)
            {
                refusals.Add(refused.Message);
            }
        }

        Assert.True(endedByClose || closed.IsCompleted, "the flooding connection was never disconnected");
        await closed.WaitAsync(CloseTimeout);
        Assert.NotEmpty(refusals);
        Assert.All(refusals, message => Assert.Contains("rate_limited: ", message, StringComparison.Ordinal));
        Assert.True(refusals.Count <= SecurityHostFixture.RejectionsBeforeDisconnect, $"{refusals.Count} refusals before the disconnect");
        Assert.InRange(accepted, SecurityHostFixture.TokenLimit, SecurityHostFixture.TokenLimit + 10);

        // Every refused line left no trace: the transcript holds exactly the accepted ones.
        var snapshot = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        Assert.Equal(accepted, snapshot.TranscriptLength);
    }

    public static TheoryData<string> CallsNoFilterSees => ["unknown method", "unbindable arguments", "unauthorized method"];

    [Theory]
    [MemberData(nameof(CallsNoFilterSees))]
    public async Task A_flood_of_calls_that_never_reach_a_hub_method_closes_the_connection(string kind)
    {
        var room = await fixture.Host.CreateRoomAsync();
        var before = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        await using var client = await fixture.Host.ConnectAsync();
        var closed = client.ClosedAsync();

        for (var i = 0; i < 500 && client.State == HubConnectionState.Connected; i++)
        {
            try
            {
                await (kind switch
                {
                    "unknown method" => client.SendAsync("NoSuchMethod", i),
                    "unbindable arguments" => client.SendAsync("JoinRoom", new { not = "a room id" }, "not a sequence", i),
                    _ => client.SendAsync("SendCaption", room, new CaptionInput { Text = "not allowed", IsFinal = true }),
                });
            }
            catch (Exception gone) when (HubConnectionSignals.IsConnectionGone(gone))
            {
                break;
            }
        }

        var error = await closed.WaitAsync(CloseTimeout);
        Assert.NotNull(error);
        var after = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        Assert.Equal(before.TranscriptLength, after.TranscriptLength);
        Assert.Null(after.CurrentPartial);
    }

    [Fact]
    public async Task One_persons_flood_limits_all_their_connections_and_nobody_else()
    {
        var room = await fixture.Host.CreateRoomAsync();
        var flooder = await fixture.NewCaptionerAsync();
        await using var first = await fixture.Host.ConnectAsync(flooder);
        await using var second = await fixture.Host.ConnectAsync(flooder);
        await using var colleague = await fixture.Host.ConnectAsync(await fixture.NewCaptionerAsync());
        await using var floodingViewer = await fixture.Host.ConnectAsync();
        await using var viewer = await fixture.Host.ConnectAsync();

        await FloodUntilRefusedAsync(() => first.InvokeAsync<RoomEvent>("SendCaption", room, new CaptionInput { Text = "flood" }));
        await FloodUntilRefusedAsync(() => floodingViewer.InvokeAsync<RoomCatchUp>("GetEventsSince", room, 0L));

        // The same person on another connection shares the spent allowance (a fresh one would take 10 calls).
        var acceptedOnSecond = await FloodUntilRefusedAsync(() => second.InvokeAsync<RoomEvent>("SendCaption", room, new CaptionInput { Text = "again" }));
        Assert.True(acceptedOnSecond < SecurityHostFixture.TokenLimit / 2, $"{acceptedOnSecond} calls accepted on the second connection");

        // Another person, and another anonymous viewer, still have their whole allowance.
        for (var i = 0; i < SecurityHostFixture.TokenLimit - 1; i++)
        {
            await colleague.InvokeAsync<RoomEvent>("SendCaption", room, new CaptionInput { Text = $"colleague {i}" });
            await viewer.InvokeAsync<RoomCatchUp>("GetEventsSince", room, 0L);
        }
    }

    /// <summary>Calls until the first "rate_limited" refusal; returns how many were accepted before it.</summary>
    private static async Task<int> FloodUntilRefusedAsync(Func<Task> call)
    {
        for (var accepted = 0; accepted < 100; accepted++)
        {
            try
            {
                await call();
            }
            catch (HubException refused) when (refused.Message.Contains("rate_limited: ", StringComparison.Ordinal))
            {
                return accepted;
            }
        }

        throw new InvalidOperationException("100 calls in a row were accepted; the limit never applied");
    }
}
