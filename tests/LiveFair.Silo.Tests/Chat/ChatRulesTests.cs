using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Common;
using LiveFair.Silo.Chat;
using Xunit;

namespace LiveFair.Silo.Tests.Chat;

/// <summary>The rules the chat grain applies, at their boundaries, without waiting for real time to pass.</summary>
public sealed class ChatRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 9, 0, 0, TimeSpan.FromHours(8));

    private static ChatRestriction Mute(DateTimeOffset until) => new()
    {
        PersonId = "p",
        DisplayName = "n",
        Kind = ChatRestrictionKind.Muted,
        Until = until,
        ModeratorId = "m",
        At = Now,
    };

    [Fact]
    public void A_mute_holds_until_its_end_and_not_at_it()
    {
        var until = Now.AddMinutes(10);
        var mute = Mute(until);

        Assert.True(ChatRules.IsInForce(mute, Now));
        Assert.True(ChatRules.IsInForce(mute, until - TimeSpan.FromTicks(1)));
        Assert.False(ChatRules.IsInForce(mute, until));
        Assert.False(ChatRules.IsInForce(mute, until.AddDays(1)));

        Assert.Equal(until, ChatRules.Standing(mute, until - TimeSpan.FromTicks(1)).MutedUntil);
        Assert.Equal(new ChatStanding(), ChatRules.Standing(mute, until));
    }

    [Fact]
    public void A_block_never_runs_out()
    {
        var block = Mute(Now) with { Kind = ChatRestrictionKind.Blocked, Until = null };

        Assert.True(ChatRules.IsInForce(block, Now.AddYears(5)));
        Assert.Equal(new ChatStanding { Blocked = true }, ChatRules.Standing(block, Now.AddYears(5)));
        Assert.Equal(new ChatStanding(), ChatRules.Standing(null, Now));
    }

    public static TheoryData<TimeSpan> AllowedDurations =>
    [
        ChatLimits.ShortestMute,
        TimeSpan.FromMinutes(30),
        ChatLimits.LongestMute,
    ];

    public static TheoryData<TimeSpan> RefusedDurations =>
    [
        TimeSpan.Zero,
        TimeSpan.FromMinutes(-5),
        ChatLimits.ShortestMute - TimeSpan.FromTicks(1),
        ChatLimits.LongestMute + TimeSpan.FromTicks(1),
        TimeSpan.FromDays(365),
    ];

    [Theory]
    [MemberData(nameof(AllowedDurations))]
    public void Mutes_from_one_minute_to_one_day_are_allowed(TimeSpan duration) =>
        Assert.Equal(duration, ChatRules.MuteDuration(duration));

    [Theory]
    [MemberData(nameof(RefusedDurations))]
    public void Other_mute_durations_are_refused(TimeSpan duration)
    {
        var error = Assert.Throws<DomainException>(() => ChatRules.MuteDuration(duration));
        Assert.Equal("chat.invalid_duration", error.Code);
    }

    [Theory]
    [InlineData("  ", null)]
    [InlineData("", null)]
    [InlineData(" 广告 ", "广告")]
    public void An_empty_reason_is_no_reason(string reason, string? expected) =>
        Assert.Equal(expected, ChatRules.Reason(reason));

    [Fact]
    public void A_reason_that_is_too_long_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => ChatRules.Reason(new string('r', ChatLimits.ReasonLength + 1)));
        Assert.Equal("chat.reason.too_long", error.Code);
    }
}
