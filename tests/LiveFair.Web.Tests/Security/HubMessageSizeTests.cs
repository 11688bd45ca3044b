using LiveFair.Contracts.Rooms;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Security;

public sealed class HubMessageSizeTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_message_over_16_KB_closes_the_connection_and_changes_nothing(bool messagePack)
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        var before = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        await using var captioner = await fixture.Host.ConnectAsync(fixture.CaptionerA, messagePack);
        var closed = captioner.ClosedAsync();

        // 17,000 characters: over the hub's 16 KB in either protocol, and far over the caption limit, so
        // a refusal by the caption rules would show the message was read and the size limit never applied.
        var oversized = new CaptionInput { Text = new string('a', 17_000), IsFinal = true };
        var error = await Assert.ThrowsAnyAsync<Exception>(() => captioner.InvokeAsync<RoomEvent>("SendCaption", room, oversized));
        Assert.True(HubConnectionSignals.IsConnectionGone(error), error.ToString());
        Assert.DoesNotContain("caption.too_long", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await closed.WaitAsync(TimeSpan.FromSeconds(10)));

        var after = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.Equal(before.TranscriptLength, after.TranscriptLength);
        Assert.Null(after.CurrentPartial);
    }
}
