using Deque.AxeCore.Playwright;
using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Organisations;
using LiveFair.Testing;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>
/// Chat as people use it: a viewer sends by keyboard, a moderator in another browser acts on the message in
/// the console by keyboard, and the viewer's page follows. Both pages pass axe-core with chat on them.
/// </summary>
public sealed class ChatTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    private const string Organisation = "org-browser-chat";

    [Fact]
    public async Task A_viewer_sends_by_keyboard_and_a_moderator_deletes_the_message_by_keyboard()
    {
        var roomId = await fixture.Host.CreateRoomAsync(Organisation);
        var viewerPerson = await fixture.Host.CreatePersonAsync("键盘观众");
        var (viewerContext, viewer) = await OpenRoomAsSignedInAsync(viewerPerson, $"/rooms/{roomId}");
        await using var _ = viewerContext;
        var (staffContext, staff) = await OpenRoomAsSignedInAsync(await fixture.Host.CreateMemberAsync(Organisation, OrganisationRole.Helper), $"/rooms/{roomId}/console");
        await using var __ = staffContext;

        const string text = "<b>请问</b>有适合轮椅使用者的岗位吗？";
        var messageId = await SendByKeyboardAsync(viewer, text);

        // The markup stays visible text on both pages: nothing was parsed as HTML.
        var viewerItem = viewer.Locator($"#chat-list li[data-id='{messageId}']");
        await Assertions.Expect(viewerItem.Locator(".text")).ToHaveTextAsync(text);
        Assert.Equal(0, await viewerItem.Locator("b").CountAsync());
        var staffItem = staff.Locator($"#mod-messages li[data-id='{messageId}']");
        await Assertions.Expect(staffItem.Locator(".text")).ToHaveTextAsync(text);
        await Assertions.Expect(staffItem.Locator(".author")).ToHaveTextAsync("键盘观众");

        await staff.TabToAsync($"#mod-messages li[data-id='{messageId}'] button[data-action=delete]", maxPresses: 120);
        await staff.AssertFocusVisibleAsync();
        await staff.Keyboard.PressAsync("Enter");

        await Assertions.Expect(viewerItem).ToHaveCountAsync(0);
        await Assertions.Expect(staffItem).ToHaveCountAsync(0);
        await Assertions.Expect(staff.Locator("#mod-status")).ToHaveTextAsync("消息已删除。");
        Assert.Empty(await fixture.Host.Grains.GetGrain<IRoomChatGrain>(roomId).GetRecent());
    }

    [Fact]
    public async Task A_moderator_mutes_the_author_by_keyboard_and_the_viewer_is_told_until_when()
    {
        var roomId = await fixture.Host.CreateRoomAsync(Organisation);
        var viewerPerson = await fixture.Host.CreatePersonAsync("被禁言的观众");
        var (viewerContext, viewer) = await OpenRoomAsSignedInAsync(viewerPerson, $"/rooms/{roomId}");
        await using var _ = viewerContext;
        var (staffContext, staff) = await OpenRoomAsSignedInAsync(await fixture.Host.CreateMemberAsync(Organisation, OrganisationRole.Streamer), $"/rooms/{roomId}/console");
        await using var __ = staffContext;
        var messageId = await SendByKeyboardAsync(viewer, "刷屏刷屏");

        // Pick "30 minutes" in the duration list, then Mute.
        await staff.TabToAsync($"#mod-messages li[data-id='{messageId}'] select[data-action=duration]", maxPresses: 120);
        await staff.Keyboard.PressAsync("ArrowDown");
        await staff.TabToAsync($"#mod-messages li[data-id='{messageId}'] button[data-action=mute]", maxPresses: 1);
        await staff.Keyboard.PressAsync("Enter");
        await Assertions.Expect(staff.Locator("#mod-restrictions li")).ToContainTextAsync("被禁言的观众");
        var restriction = Assert.Single((await fixture.Host.Grains.GetGrain<IRoomChatGrain>(roomId).GetModeration()).Restrictions);
        Assert.InRange(restriction.Until!.Value - restriction.At, TimeSpan.FromMinutes(29.9), TimeSpan.FromMinutes(30.1));

        await viewer.Locator("#chat-input").FocusAsync();
        await viewer.Keyboard.TypeAsync("我还能说话吗");
        await viewer.Keyboard.PressAsync("Enter");
        await Assertions.Expect(viewer.Locator("#chat-status")).ToContainTextAsync("你已被禁言");

        // Lifted by keyboard, the viewer can talk again.
        await staff.TabToAsync("#mod-restrictions button[data-action=lift]", maxPresses: 120);
        await staff.Keyboard.PressAsync("Enter");
        await Assertions.Expect(staff.Locator("#mod-status")).ToHaveTextAsync("限制已解除。");
        await viewer.Locator("#chat-form button[type=submit]").FocusAsync();
        await viewer.Keyboard.PressAsync("Enter");
        await Assertions.Expect(viewer.Locator("#chat-list li .text", new() { HasTextString = "我还能说话吗" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_viewer_reports_a_message_by_keyboard_with_a_reason()
    {
        var roomId = await fixture.Host.CreateRoomAsync(Organisation);
        var author = new ChatAuthor { PersonId = "someone-else", DisplayName = "发广告的人" };
        var message = await fixture.Host.Grains.GetGrain<IRoomChatGrain>(roomId).Post(author, "加微信领红包");
        var (context, page) = await OpenRoomAsSignedInAsync(await fixture.Host.CreatePersonAsync(), $"/rooms/{roomId}");
        await using var _ = context;

        await page.TabToAsync($"#chat-list li[data-id='{message.MessageId}'] button[data-action=report]", maxPresses: 120);
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#chat-report-reason")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("广告");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#chat-status")).ToHaveTextAsync("已举报，管理员会尽快处理。");
        await Assertions.Expect(page.Locator($"#chat-list li[data-id='{message.MessageId}'] button[data-action=report]")).ToBeFocusedAsync();
        var report = Assert.Single((await fixture.Host.Grains.GetGrain<IRoomChatGrain>(roomId).GetModeration()).OpenReports);
        Assert.Equal("广告", report.Reason);
    }

    [Fact]
    public async Task A_blocked_viewer_is_told_they_were_removed_and_the_page_stops()
    {
        var roomId = await fixture.Host.CreateRoomAsync(Organisation);
        var (context, page) = await OpenRoomAsSignedInAsync(await fixture.Host.CreatePersonAsync("将被拉黑"), $"/rooms/{roomId}");
        await using var _ = context;
        var messageId = await SendByKeyboardAsync(page, "骂人的话");

        await fixture.Host.Grains.GetGrain<IRoomChatGrain>(roomId).BlockAuthor("moderator", messageId);

        await Assertions.Expect(page.Locator("#chat-removed")).ToHaveTextAsync("你已被移出此直播间。");
        await Assertions.Expect(page.Locator("#chat-input")).ToBeDisabledAsync();
    }

    public static TheoryData<string, string> ChatPages() => new()
    {
        { "room", "zh-CN" },
        { "room", "en" },
        { "console", "zh-CN" },
        { "console", "en" },
    };

    [Theory]
    [MemberData(nameof(ChatPages))]
    public async Task Pages_with_chat_messages_reports_and_restrictions_have_no_axe_violations(string which, string culture)
    {
        var roomId = await fixture.Host.CreateRoomAsync(Organisation);
        var chat = fixture.Host.Grains.GetGrain<IRoomChatGrain>(roomId);
        var viewerMessage = await chat.Post(new ChatAuthor { PersonId = "axe-viewer", DisplayName = "小王" }, "<script>alert(1)</script> 你好");
        await chat.Post(new ChatAuthor { PersonId = "axe-staff", DisplayName = "主持人", IsStaff = true }, "欢迎大家 welcome");
        var muted = await chat.Post(new ChatAuthor { PersonId = "axe-muted", DisplayName = "刷屏的人" }, "刷屏");
        await chat.Report("axe-reporter", viewerMessage.MessageId, "不友善");
        await chat.MuteAuthor("axe-moderator", muted.MessageId, TimeSpan.FromMinutes(5));

        var person = which == "console"
            ? await fixture.Host.CreateMemberAsync(Organisation, OrganisationRole.Helper)
            : await fixture.Host.CreatePersonAsync();
        var path = which == "console" ? $"/rooms/{roomId}/console" : $"/rooms/{roomId}";
        var (context, page) = await OpenRoomAsSignedInAsync(person, path, culture);
        await using var _ = context;

        var list = which == "console" ? "#mod-messages" : "#chat-list";
        await Assertions.Expect(page.Locator($"{list} li")).ToHaveCountAsync(3);
        if (which == "console")
        {
            await Assertions.Expect(page.Locator("#mod-reports li button[data-action=dismiss]")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#mod-restrictions li button[data-action=lift]")).ToHaveCountAsync(1);
        }
        else
        {
            // The confirm step is part of the page too.
            await page.Locator($"#chat-list li[data-id='{viewerMessage.MessageId}'] button[data-action=report]").ClickAsync();
            await Assertions.Expect(page.Locator("#chat-report-reason")).ToBeFocusedAsync();
        }

        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, AxeReport.Describe($"{path} with chat ({culture})", results.Violations));
    }

    /// <summary>Signs in by keyboard and opens <paramref name="path"/> once its live connection is up.</summary>
    private async Task<(IBrowserContext Context, IPage Page)> OpenRoomAsSignedInAsync(TestPerson person, string path, string culture = "zh-CN")
    {
        var (context, page) = await fixture.NewPageAsync();
        await page.SignInByKeyboardAsync(path, person.Email, person.Password);
        if (culture == "en")
        {
            await page.GotoAsync(path + "?culture=en");
        }

        await Assertions.Expect(page.Locator("#connection-status")).ToHaveTextAsync(UiText.Connected(culture));
        return (context, page);
    }

    /// <summary>Tabs to the chat box, types, presses Enter, and returns the id of the message that appears.</summary>
    private static async Task<string> SendByKeyboardAsync(IPage page, string text)
    {
        await page.TabToAsync("#chat-input", maxPresses: 120);
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.TypeAsync(text);
        await Assertions.Expect(page.Locator("#chat-count")).ToContainTextAsync($"{text.Length}/300");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#chat-status")).ToHaveTextAsync("消息已发送。");
        await Assertions.Expect(page.Locator("#chat-input")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#chat-input")).ToHaveValueAsync("");
        var item = page.Locator("#chat-list li", new() { Has = page.Locator(".text", new() { HasTextString = text }) });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        return (await item.GetAttributeAsync("data-id"))!;
    }
}
