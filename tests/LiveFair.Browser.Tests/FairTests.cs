using Deque.AxeCore.Playwright;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>Job fairs from the keyboard: create, invite, pin; and axe-core on every fair page in both languages.</summary>
public sealed class FairTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task A_host_creates_a_fair_invites_an_employer_and_pins_its_job_by_keyboard_only()
    {
        var host = fixture.Host;
        var (hostId, hostAdmin) = await OrganisationAsync(OrganisationKind.ServiceOrganisation, "键盘残联就业服务中心");
        var organiser = await MemberAsync(hostId, hostAdmin, OrganisationRole.Admin, OrganisationRole.Streamer);
        var (employerId, employerAdmin) = await OrganisationAsync(OrganisationKind.Employer, "Zz 键盘招聘科技");
        var jobId = await PublishedJobAsync(employerId, employerAdmin, "键盘可达的测试岗");

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInByKeyboardAsync($"/orgs/{hostId}/fairs", organiser.Email, organiser.Password);

        await page.TabToAsync($"a[href='/orgs/{hostId}/fairs/new']");
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/orgs/{hostId}/fairs/new");
        await page.TabToAsync("#title");
        await page.Keyboard.TypeAsync("键盘专场招聘会");
        await page.TabToAsync("#description", maxPresses: 1);
        await page.Keyboard.TypeAsync("全程键盘操作。");

        // Start and end keep the form's own defaults (tomorrow morning); the playback urls stay empty.
        await page.TabToAsync("main form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/fair", StringComparison.Ordinal));
        var roomId = new Uri(page.Url).AbsolutePath.Split('/')[2];
        Assert.Matches("^fair-[0-9a-f]{10}$", roomId);
        Assert.Equal("键盘专场招聘会", (await host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot()).Details.Title);

        await page.TabToAsync("#invite-employer");
        await page.AssertFocusVisibleAsync();
        for (var i = 0; i < 100 && await page.Locator("#invite-employer").InputValueAsync() != employerId; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Assertions.Expect(page.Locator("#invite-employer")).ToHaveValueAsync(employerId);
        await page.TabToAsync("#invite button[type=submit]", maxPresses: 1);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".status-message")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".status-message")).ToContainTextAsync("Zz 键盘招聘科技");
        await Assertions.Expect(page.Locator("#invite table")).ToContainTextAsync("待答复");

        // The employer answers in its own session (the API here; the accept form is covered by the axe test and the web tests).
        await host.Grains.GetGrain<IFairGrain>(roomId).AcceptInvitation(employerAdmin.Id, employerId, new BoothSetup { JobIds = [jobId] });
        await page.ReloadAsync();

        await page.TabToAsync("form:has(input[name=jobId]) button");
        await page.AssertFocusVisibleAsync();
        await Assertions.Expect(page.Locator("form:has(input[name=jobId]) button")).ToHaveTextAsync("置顶岗位：键盘可达的测试岗");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".status-message")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#pinned-now")).ToContainTextAsync("键盘可达的测试岗 · Zz 键盘招聘科技");
        Assert.Equal(jobId, (await host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot()).Pin?.Job?.JobId);

        await page.TabToAsync("form[action*='handler=Unpin'] button", backwards: true);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#pinned-now")).ToHaveTextAsync("直播画面上目前没有置顶内容。");
        Assert.Null((await host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot()).Pin);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Every_fair_page_has_no_axe_violations(string culture)
    {
        var host = fixture.Host;
        var (hostId, hostAdmin) = await OrganisationAsync(OrganisationKind.ServiceOrganisation, "<b>无障碍</b>就业服务中心");
        var organiser = await MemberAsync(hostId, hostAdmin, OrganisationRole.Admin, OrganisationRole.Streamer);
        var (employerId, employerAdmin) = await OrganisationAsync(OrganisationKind.Employer, "无障碍检查科技");
        var recruiter = await MemberAsync(employerId, employerAdmin, OrganisationRole.Recruiter);
        var jobId = await PublishedJobAsync(employerId, employerAdmin, "数据标注员");
        await PublishedJobAsync(employerId, employerAdmin, "客服专员");

        var fair = host.Grains.GetGrain<IFairGrain>("fair-" + Guid.NewGuid().ToString("N")[..10]);
        var roomId = fair.GetPrimaryKeyString();
        await host.Grains.GetGrain<IRoomGrain>(roomId).Schedule(new RoomDetails
        {
            Kind = RoomKind.JobFair, Title = "无障碍检查招聘会", HostOrganisationId = hostId, HostOrganisationName = "无障碍就业服务中心",
            ScheduledStart = DateTimeOffset.UtcNow, ScheduledEnd = DateTimeOffset.UtcNow.AddHours(3),
        });
        await host.Grains.GetGrain<IRoomGrain>(roomId).StartRoom();
        await fair.InviteEmployer(organiser.Id, employerId);
        await fair.AcceptInvitation(employerAdmin.Id, employerId, new BoothSetup { JobIds = [jobId], RecruiterIds = [recruiter.Id] });
        var (secondEmployer, _) = await OrganisationAsync(OrganisationKind.Employer, "待答复公司");
        await fair.InviteEmployer(organiser.Id, secondEmployer);
        await fair.PinJob(organiser.Id, BoothIds.For(roomId, employerId), jobId);

        // The employer invited to a second fair, not yet answered, for its list and its accept form.
        var (otherHost, otherAdmin) = await OrganisationAsync(OrganisationKind.Employer, "另一主办方");
        var otherFair = host.Grains.GetGrain<IFairGrain>("fair-" + Guid.NewGuid().ToString("N")[..10]);
        await host.Grains.GetGrain<IRoomGrain>(otherFair.GetPrimaryKeyString()).Schedule(new RoomDetails
        {
            Kind = RoomKind.JobFair, Title = "第二场招聘会", HostOrganisationId = otherHost, HostOrganisationName = "另一主办方",
            ScheduledStart = DateTimeOffset.UtcNow.AddDays(1), ScheduledEnd = DateTimeOffset.UtcNow.AddDays(1).AddHours(3),
        });
        await otherFair.InviteEmployer(otherAdmin.Id, employerId);

        var pages = new (TestPerson Who, string Name, string Path, Func<IPage, Task>? Act)[]
        {
            (organiser, "host fairs", $"/orgs/{hostId}/fairs", null),
            (organiser, "new fair", $"/orgs/{hostId}/fairs/new", null),
            (organiser, "new fair with errors", $"/orgs/{hostId}/fairs/new", async page =>
            {
                await page.Locator("#title").FillAsync("");
                await page.Locator("#start").FillAsync("");
                await page.Locator("main form button[type=submit]").ClickAsync();
                await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
            }),
            (organiser, "manage", $"/rooms/{roomId}/fair", null),
            (organiser, "report", $"/rooms/{roomId}/report", null),
            (employerAdmin, "employer fairs", $"/orgs/{employerId}/fairs", null),
            (employerAdmin, "accept form", $"/orgs/{employerId}/fairs?accept={otherFair.GetPrimaryKeyString()}", async page =>
            {
                await Assertions.Expect(page.Locator("#accept-heading")).ToBeFocusedAsync();
                await Assertions.Expect(page.Locator("#accept input[name=JobIds]")).ToHaveCountAsync(2);
                await Assertions.Expect(page.Locator("#accept input[name=RecruiterIds]")).ToHaveCountAsync(1);
            }),
        };

        foreach (var who in new[] { organiser, employerAdmin })
        {
            await using var context = await fixture.NewContextAsync();
            if (culture == "en")
            {
                await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = host.BaseAddress.ToString() }]);
            }

            var page = await context.NewPageAsync();
            var first = pages.First(p => p.Who == who);
            await page.SignInByKeyboardAsync(first.Path, who.Email, who.Password);
            foreach (var (_, name, path, act) in pages.Where(p => p.Who == who))
            {
                var response = await page.GotoAsync(path);
                Assert.True(response is { Status: 200 }, $"{name} {path}: {response?.Status}");
                if (act is not null)
                {
                    await act(page);
                }

                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
                var results = await page.RunAxe();
                Assert.True(results.Violations.Length == 0, AxeReport.Describe($"{name} {path} ({culture})", results.Violations));
            }
        }
    }

    private async Task<(string Id, TestPerson Admin)> OrganisationAsync(OrganisationKind kind, string name)
    {
        var id = OrganisationIds.New();
        var admin = await fixture.Host.CreatePersonAsync("Admin " + id);
        await fixture.Host.Grains.GetGrain<IOrganisationGrain>(id).Create(new OrganisationProfile { Kind = kind, Name = name, City = "广州" }, admin.Identity);
        return (id, admin);
    }

    private async Task<TestPerson> MemberAsync(string organisationId, TestPerson admin, params OrganisationRole[] roles)
    {
        var member = await fixture.Host.CreatePersonAsync();
        var organisation = fixture.Host.Grains.GetGrain<IOrganisationGrain>(organisationId);
        var invitation = await organisation.Invite(admin.Id, new InvitationInput { Email = member.Email, Roles = roles });
        await organisation.AcceptInvitation(invitation.Token!, member.Identity);
        return member;
    }

    private async Task<string> PublishedJobAsync(string employerId, TestPerson admin, string title)
    {
        var jobId = JobIds.New();
        var job = fixture.Host.Grains.GetGrain<IJobGrain>(jobId);
        await job.Create(admin.Id, employerId, new JobPosting { Title = title, City = "广州" });
        await job.Publish(admin.Id);
        return jobId;
    }
}
