using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>
/// The job fair from both sides: a seeker who uses only the keyboard applies from the pinned card, waits, is
/// called, interviews by text and sees the outcome, while a recruiter works the booth in a second browser.
/// </summary>
public sealed class JobFairJourneyTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    private const string Room = DemoData.LiveJobFair;
    private const string Employer = DemoData.VerifiedEmployer;
    private const string Panel = "#q-" + Employer + "-";
    private static readonly string RoomPath = $"/rooms/{Room}";
    private static readonly string ConsolePath = $"/rooms/{Room}/booths/{Employer}/console";

    [Fact]
    public async Task Seeker_applies_waits_is_called_interviews_and_sees_the_outcome_by_keyboard()
    {
        var (seekerContext, seeker) = await fixture.NewPageAsync();
        await using var _ = seekerContext;
        var (recruiterContext, recruiter) = await fixture.NewPageAsync();
        await using var __ = recruiterContext;

        // The seeker signs in and lands in the live fair, where the host has pinned a job.
        await seeker.SignInByKeyboardAsync(RoomPath, DemoData.SeekerEmail);
        await Assertions.Expect(seeker.Locator("#connection-status")).ToHaveTextAsync(UiText.ConnectedZh);
        await Assertions.Expect(seeker.Locator("#pin-card h3")).ToHaveTextAsync(DemoData.PinnedJobTitle);

        // One tap (Enter) on the pinned card's apply button; the queue panel appears and takes the focus.
        await seeker.TabToAsync("#pin-apply", maxPresses: 80);
        await seeker.AssertFocusVisibleAsync();
        await seeker.Keyboard.PressAsync("Enter");
        await Assertions.Expect(seeker.Locator(Panel + "state")).ToContainTextAsync("排在第 1 位");
        await Assertions.Expect(seeker.Locator(Panel + "heading")).ToBeFocusedAsync();

        // The recruiter opens the console and calls the next person.
        await recruiter.SignInByKeyboardAsync(ConsolePath, DemoData.RecruiterEmail);
        await Assertions.Expect(recruiter.Locator("#console-waiting")).ToContainTextAsync("1 人在排队");
        await recruiter.Locator("#call-next").ClickAsync();
        await Assertions.Expect(recruiter.Locator("#console-announcer")).ToContainTextAsync("已叫");

        // The seeker is told: a visible banner with an alert, the tab title, and the focus on the answer button.
        await Assertions.Expect(seeker.Locator(Panel + "call")).ToBeVisibleAsync();
        await Assertions.Expect(seeker.Locator(Panel + "call-text")).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(seeker).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^【轮到你了】"));
        await Assertions.Expect(seeker.Locator(Panel + "answer")).ToBeFocusedAsync();
        await seeker.Keyboard.PressAsync("Enter");

        // The text interview: the message box has the focus; Enter sends.
        await Assertions.Expect(seeker.Locator(Panel + "message")).ToBeFocusedAsync();
        await seeker.Keyboard.TypeAsync("您好，我想了解居家办公的培训。<b>不是标记</b>");
        await seeker.Keyboard.PressAsync("Enter");
        await Assertions.Expect(seeker.Locator(Panel + "log")).ToContainTextAsync("<b>不是标记</b>");

        await Assertions.Expect(recruiter.Locator("#interview-panel")).ToBeVisibleAsync();
        await Assertions.Expect(recruiter.Locator("#interview-log")).ToContainTextAsync("我想了解居家办公的培训");
        await recruiter.Locator("#interview-message").FillAsync("培训 10 天，有补贴。");
        await recruiter.Locator("#interview-message").PressAsync("Enter");
        await Assertions.Expect(seeker.Locator(Panel + "log")).ToContainTextAsync("培训 10 天，有补贴。");

        // The recruiter ends the interview and records an initial intention; the seeker sees it at once.
        await recruiter.Locator("#interview-end").ClickAsync();
        await Assertions.Expect(recruiter.Locator("#outcome-panel")).ToBeVisibleAsync();
        await recruiter.Locator("#outcome-Intention").CheckAsync();
        await recruiter.Locator("#outcome-note").FillAsync("沟通顺畅，安排二面。");
        await recruiter.Locator("#outcome-form button[type=submit]").ClickAsync();
        await Assertions.Expect(recruiter.Locator("#console-announcer")).ToContainTextAsync("结果已保存");

        await Assertions.Expect(seeker.Locator(Panel + "ended")).ToContainTextAsync("初步意向");

        // And in their applications, reached by keyboard from the site navigation; the private note stays private.
        await seeker.TabToAsync("a[href='/me/applications']", maxPresses: 120, backwards: true);
        await seeker.Keyboard.PressAsync("Enter");
        await seeker.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/me/applications");
        await Assertions.Expect(seeker.Locator("tbody tr").First).ToContainTextAsync("初步意向");
        await Assertions.Expect(seeker.Locator("body")).Not.ToContainTextAsync("安排二面");
    }

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var page in new[] { "room-seeker", "booth", "booth-console", "fair-jobs", "my-applications" })
            {
                data.Add(page, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Job_fair_pages_have_no_axe_violations(string which, string culture)
    {
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        var (path, email) = which switch
        {
            "room-seeker" => (RoomPath, DemoData.SeekerEmail),
            "booth" => ($"/rooms/{Room}/booths/{DemoData.UnverifiedEmployer}", DemoData.SeekerEmail),
            "booth-console" => (ConsolePath, DemoData.RecruiterEmail),
            "fair-jobs" => ($"/rooms/{Room}/jobs", DemoData.SeekerEmail),
            "my-applications" => ("/me/applications", DemoData.SeekerEmail),
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, null),
        };
        await page.SignInByKeyboardAsync(path, email);
        var response = await page.GotoAsync(culture == "en" ? path + "?culture=en" : path);
        Assert.Equal(200, response!.Status);
        if (which is "room-seeker" or "booth" or "booth-console")
        {
            await Assertions.Expect(page.Locator(which == "booth-console" ? "#console-connection" : "#connection-status, [data-booth]").First).ToBeVisibleAsync();
        }

        if (which == "booth-console")
        {
            await Assertions.Expect(page.Locator("#console-status")).Not.ToBeEmptyAsync();
        }

        if (which == "room-seeker")
        {
            await Assertions.Expect(page.Locator("#pin-card h3")).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, AxeReport.Describe($"{path} ({culture})", results.Violations));
    }
}
