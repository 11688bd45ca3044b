using LiveFair.Contracts.Chat;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Chat;

/// <summary>Acknowledged chat survives a silo restart. One cluster per test.</summary>
public sealed class ChatDurabilityTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    [Fact]
    public async Task Messages_restrictions_and_reports_survive_a_restart_and_new_ids_stay_unique()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var roomId = TestRooms.NewId("chat-restart");
        await cluster.Client.StartLiveAsync(roomId);
        var chat = cluster.Client.Chat(roomId);
        var muted = ChatTestData.Viewer("被禁言");
        var blocked = ChatTestData.Viewer("被拉黑");
        var first = await chat.Post(muted, "<b>first</b>");
        var second = await chat.Post(blocked, "second");
        var mute = await chat.MuteAuthor("moderator-1", first.MessageId, TimeSpan.FromHours(1));
        var block = await chat.BlockAuthor("moderator-1", second.MessageId);
        var report = await chat.Report("reporter-1", first.MessageId, "理由");

        await cluster.RestartSiloAsync();

        Assert.Equal([first, second], await chat.GetRecent());
        var moderation = await chat.GetModeration();
        Assert.Equal([mute, block], moderation.Restrictions);
        Assert.Equal([report], moderation.OpenReports);
        Assert.Equal(mute.Until, (await chat.GetStanding(muted.PersonId)).MutedUntil);
        Assert.True((await chat.GetStanding(blocked.PersonId)).Blocked);

        var third = await chat.Post(ChatTestData.Viewer(), "after the restart");
        Assert.DoesNotContain(third.MessageId, new[] { first.MessageId, second.MessageId });
        Assert.Equal(3, (await chat.GetRecent()).Count);
    }
}
