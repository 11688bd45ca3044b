using LiveFair.Contracts.Rooms;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests;

/// <summary>The 人次 count: every viewer who opens a room counts once, even one who has already left, reported by the node in batches.</summary>
public sealed class RoomViewCountTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Each_join_counts_once_and_reaches_the_room_total()
    {
        var host = fixture.Host;
        var room = await host.CreateRoomAsync(WebHostFixture.OrgA);
        var grain = host.Grains.GetGrain<IRoomGrain>(room);

        await using var first = await host.ConnectAsync();
        await using var second = await host.ConnectAsync();
        await first.InvokeAsync<RoomCatchUp>("JoinRoom", room, null);
        await first.InvokeAsync<RoomCatchUp>("JoinRoom", room, null);
        await second.InvokeAsync<RoomCatchUp>("JoinRoom", room, null);
        await using (var brief = await host.ConnectAsync())
        {
            await brief.InvokeAsync<RoomCatchUp>("JoinRoom", room, null);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && (await grain.GetSnapshot()).TotalViews < 3)
        {
            await Task.Delay(100);
        }

        // A little longer: a repeated join must not add a fourth.
        await Task.Delay(1500);
        Assert.Equal(3, (await grain.GetSnapshot()).TotalViews);
    }
}
