using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Chat;

public sealed class ChatReportTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    [Fact]
    public async Task Each_person_reports_a_message_once_and_moderators_see_how_many_did()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var message = await chat.Chat.Post(ChatTestData.Viewer(), "买粉丝加微信");

        var first = await chat.Chat.Report("reporter-1", message.MessageId, "广告");
        var again = await chat.Chat.Report("reporter-1", message.MessageId, "重复举报");
        var second = await chat.Chat.Report("reporter-2", message.MessageId, null);

        Assert.Equal(1, first.Count);
        Assert.Equal(1, again.Count);
        Assert.Equal(2, second.Count);
        Assert.Equal(first.ReportId, second.ReportId);
        var report = Assert.Single((await chat.Chat.GetModeration()).OpenReports);
        Assert.Equal(2, report.Count);
        Assert.Equal("广告", report.Reason);
        Assert.Equal(message, report.Message);
    }

    [Fact]
    public async Task Dismissing_a_report_keeps_the_message()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var message = await chat.Chat.Post(ChatTestData.Viewer(), "fine, really");
        var report = await chat.Chat.Report("reporter-1", message.MessageId, null);

        await chat.Chat.DismissReport("moderator-1", report.ReportId);

        Assert.Empty((await chat.Chat.GetModeration()).OpenReports);
        Assert.Equal([message], await chat.Chat.GetRecent());
        var error = await Assert.ThrowsAsync<DomainException>(() => chat.Chat.DismissReport("moderator-1", report.ReportId));
        Assert.Equal("chat.report_not_found", error.Code);
    }

    [Fact]
    public async Task Deleting_a_reported_message_closes_its_report()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var message = await chat.Chat.Post(ChatTestData.Viewer(), "nasty");
        await chat.Chat.Report("reporter-1", message.MessageId, "insult");

        await chat.Chat.Delete("moderator-1", message.MessageId);

        Assert.Empty((await chat.Chat.GetModeration()).OpenReports);
        await chat.Node.WaitForAsync(e => e.Any(x => x.Kind == RoomEventKind.ChatRemoved), "the removal");
    }

    [Fact]
    public async Task Reporting_an_unknown_message_is_refused()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var error = await Assert.ThrowsAsync<DomainException>(() => chat.Chat.Report("reporter-1", "nope", null));
        Assert.Equal("chat.message_not_found", error.Code);
        Assert.Empty((await chat.Chat.GetModeration()).OpenReports);
    }
}
