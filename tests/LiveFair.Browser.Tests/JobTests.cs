using Deque.AxeCore.Playwright;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>Jobs from the keyboard: a recruiter drafts and publishes one; and axe-core on the job pages.</summary>
public sealed class JobTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task A_recruiter_drafts_and_publishes_a_job_by_keyboard_and_anyone_reads_it()
    {
        var organisationId = OrganisationIds.New();
        await fixture.Host.FounderOfAsync(organisationId, OrganisationKind.Employer);
        var recruiter = await fixture.Host.CreateMemberAsync(organisationId, OrganisationRole.Recruiter);

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInByKeyboardAsync($"/orgs/{organisationId}/jobs", recruiter.Email, recruiter.Password);
        await page.TabToAsync($"main a[href='/orgs/{organisationId}/jobs/new']");
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/jobs/new", StringComparison.Ordinal));

        await page.TabToAsync("#title");
        await page.Keyboard.TypeAsync("键盘数据录入员");
        await page.TabToAsync("#description", maxPresses: 1);
        await page.Keyboard.TypeAsync("居家录入问卷数据。");
        await page.TabToAsync("#city", maxPresses: 1);
        await page.Keyboard.TypeAsync("广州");
        await page.TabToAsync("#workMode", maxPresses: 1);
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("#workMode-HomeBased")).ToBeCheckedAsync();
        await page.TabToAsync("#salaryMin", maxPresses: 1);
        await page.Keyboard.TypeAsync("4000");
        await page.TabToAsync("#salaryMax", maxPresses: 1);
        await page.Keyboard.TypeAsync("6000");
        await page.TabToAsync("#benefits", maxPresses: 2);
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#suitableCategories-Hearing", maxPresses: 10);
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#accommodations-TextOnlyCommunication", maxPresses: 10);
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("main form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/orgs/{organisationId}/jobs");
        await Assertions.Expect(page.Locator(".status-message")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".status-message")).ToHaveTextAsync("“键盘数据录入员”已保存。");
        var publish = "main button[aria-label='发布“键盘数据录入员”']";
        await page.TabToAsync(publish);
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".status-message")).ToHaveTextAsync("“键盘数据录入员”已发布。");

        var href = await page.Locator("main table a[href^='/jobs/']").GetAttributeAsync("href");
        var job = await fixture.Host.Grains.GetGrain<IJobGrain>(href!.Split('/')[2]).GetView();
        Assert.Equal((JobStatus.Published, WorkMode.HomeBased, 4000, 6000), (job.Status, job.Posting.WorkMode, job.Posting.SalaryMin!.Value, job.Posting.SalaryMax!.Value));
        Assert.Equal([JobBenefit.SocialInsurance], job.Posting.Benefits);
        Assert.Equal([DisabilityCategory.Hearing], job.Posting.SuitableCategories);
        Assert.Equal([JobAccommodation.TextOnlyCommunication], job.Posting.Accommodations);

        await using var anonymousContext = await fixture.NewContextAsync();
        var anonymous = await anonymousContext.NewPageAsync();
        await anonymous.GotoAsync(href);
        await Assertions.Expect(anonymous.Locator("h1")).ToHaveTextAsync("键盘数据录入员");
        await Assertions.Expect(anonymous.Locator("main")).ToContainTextAsync("4000–6000 元");
    }

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var page in new[] { "list", "new", "new-with-errors", "edit", "job" })
            {
                data.Add(page, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Job_page_has_no_axe_violations(string which, string culture)
    {
        await using var context = await fixture.NewContextAsync();
        if (culture == "en")
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = fixture.Host.BaseAddress.ToString() }]);
        }

        var page = await context.NewPageAsync();
        var host = fixture.Host;
        var organisationId = OrganisationIds.New();
        var founder = await host.FounderOfAsync(organisationId, OrganisationKind.Employer);
        var organisation = host.Grains.GetGrain<IOrganisationGrain>(organisationId);
        await organisation.UpdateProfile(founder.Id, new OrganisationProfile
        {
            Kind = OrganisationKind.Employer, Name = "岗位无障碍检查公司", City = "广州",
            AccessibilityFacts = [WorkplaceAccessibility.StepFreeEntrance, WorkplaceAccessibility.Lift],
        });
        var posting = new JobPosting
        {
            Title = "<b>客服</b>", Description = "第一行\n第二行", City = "广州", WorkMode = WorkMode.Remote, SalaryMin = 4000, Headcount = 2,
            Benefits = [JobBenefit.Meals], TrainingOffered = true, TrainingDays = 3, SuitableCategories = [DisabilityCategory.Visual],
            Accommodations = [JobAccommodation.AssistiveSoftware],
        };
        var draft = await host.Grains.GetGrain<IJobGrain>(JobIds.New()).Create(founder.Id, organisationId, posting);
        var published = host.Grains.GetGrain<IJobGrain>(JobIds.New());
        await published.Create(founder.Id, organisationId, posting with { Title = "已发布岗位" });
        var live = await published.Publish(founder.Id);

        var path = which switch
        {
            "list" => $"/orgs/{organisationId}/jobs",
            "new" or "new-with-errors" => $"/orgs/{organisationId}/jobs/new",
            "edit" => $"/orgs/{organisationId}/jobs/{draft.JobId}/edit",
            _ => $"/jobs/{live.JobId}",
        };
        if (which != "job")
        {
            await page.SignInByKeyboardAsync(path, founder.Email, founder.Password);
        }

        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        if (which == "new-with-errors")
        {
            await page.Locator("#salaryMax").FillAsync("1");
            await page.Locator("#salaryMin").FillAsync("9");
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, AxeReport.Describe($"{which} {path} ({culture})", results.Violations));
    }
}
