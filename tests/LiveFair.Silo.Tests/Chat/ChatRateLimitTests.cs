using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Common;
using LiveFair.Silo.Chat;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Chat;

public sealed class ChatRateLimitTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    [Fact]
    public async Task A_flood_is_refused_after_the_limit_and_others_may_still_post()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var flooder = ChatTestData.Viewer();
        for (var i = 0; i < ChatLimits.RateLimit; i++)
        {
            await chat.Chat.Post(flooder, $"spam {i}");
        }

        var error = await Assert.ThrowsAsync<DomainException>(() => chat.Chat.Post(flooder, "one too many"));

        Assert.Equal("chat.rate_limited", error.Code);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.DoesNotContain(await chat.Chat.GetRecent(), m => m.Text == "one too many");
        await chat.Chat.Post(ChatTestData.Viewer(), "someone else");
    }

    [Fact]
    public void The_window_slides_a_post_leaves_it_exactly_one_window_later()
    {
        var limiter = new ChatRateLimiter();
        var start = new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < ChatLimits.RateLimit; i++)
        {
            Assert.True(limiter.Allows("p", start.AddSeconds(i)));
            limiter.Record("p", start.AddSeconds(i));
        }

        Assert.False(limiter.Allows("p", start.AddSeconds(ChatLimits.RateLimit)));
        Assert.False(limiter.Allows("p", start + ChatLimits.RateWindow - TimeSpan.FromTicks(1)));
        Assert.True(limiter.Allows("p", start + ChatLimits.RateWindow));
        Assert.True(limiter.Allows("q", start.AddSeconds(1)));
    }

    [Fact]
    public void Forgetting_a_person_clears_their_window()
    {
        var limiter = new ChatRateLimiter();
        var now = DateTimeOffset.UnixEpoch;
        for (var i = 0; i < ChatLimits.RateLimit; i++)
        {
            limiter.Record("p", now);
        }

        Assert.False(limiter.Allows("p", now));
        limiter.Forget("p");
        Assert.True(limiter.Allows("p", now));
    }
}
