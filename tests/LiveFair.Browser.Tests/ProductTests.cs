using Deque.AxeCore.Playwright;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Testing;
using Microsoft.Playwright;
using NetVips;

namespace LiveFair.Browser.Tests;

/// <summary>Makers and products from the keyboard, a photo upload with its progress shown, and axe-core on every product page.</summary>
public sealed class ProductTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task A_workshop_admin_adds_a_maker_with_consent_by_keyboard()
    {
        var (workshopId, admin) = await WorkshopAsync();
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInByKeyboardAsync($"/orgs/{workshopId}/makers", admin.Email, admin.Password);

        await page.TabToAsync("#new-displayName");
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.TypeAsync("键盘李阿姨");
        await page.TabToAsync("#new-story", maxPresses: 1);
        await page.Keyboard.TypeAsync("绣了十二年香包。");
        await page.TabToAsync("#new-publicConsent", maxPresses: 1);
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("main form[action*='handler=Add'] button[type=submit]", maxPresses: 2);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".status-message")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".status-message")).ToHaveTextAsync("已添加“键盘李阿姨”。");
        var maker = Assert.Single(await fixture.Host.Grains.GetGrain<IWorkshopGrain>(workshopId).GetMakers(admin.Id));
        Assert.Equal(("键盘李阿姨", "绣了十二年香包。", true, admin.Id), (maker.DisplayName, maker.Story, maker.PublicConsent, maker.ConsentRecordedBy));
        await Assertions.Expect(page.Locator($"#maker-{maker.MakerId}")).ToContainTextAsync("同意公开");
    }

    [Fact]
    public async Task A_product_is_listed_and_given_a_photo_by_keyboard_with_the_upload_progress_shown()
    {
        var (workshopId, admin) = await WorkshopAsync();
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInByKeyboardAsync($"/orgs/{workshopId}/products/new", admin.Email, admin.Password);

        await page.TabToAsync("#title");
        await page.Keyboard.TypeAsync("键盘香包");
        await page.TabToAsync("#price", maxPresses: 2);
        await page.Keyboard.TypeAsync("38.5");
        await page.TabToAsync("#stock", maxPresses: 1);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("20");
        await page.TabToAsync("#makerShare", maxPresses: 6);
        await page.Keyboard.TypeAsync("20");
        await Assertions.Expect(page.Locator("#split-check")).ToHaveTextAsync("分成合计 ¥20.00，价格 ¥38.50：还差 ¥18.50。");
        await page.TabToAsync("#charityShare", maxPresses: 1);
        await page.Keyboard.TypeAsync("10");
        await page.TabToAsync("#charityName", maxPresses: 1);
        await page.Keyboard.TypeAsync("阳光助残基金");
        await page.TabToAsync("#materials", maxPresses: 1);
        await page.Keyboard.TypeAsync("8.5");
        await Assertions.Expect(page.Locator("#split-check")).ToHaveTextAsync("分成合计 ¥38.50，价格 ¥38.50：正好相等。");
        await page.TabToAsync("main form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/edit", StringComparison.Ordinal));
        var productId = new Uri(page.Url).AbsolutePath.Split('/')[2];
        var product = await fixture.Host.Grains.GetGrain<IProductGrain>(productId).GetView();
        Assert.Equal((3850L, 20, 2000L, 1000L, 850L), (product.Listing.PriceFen, product.Listing.Stock, product.Listing.Split.MakerShare, product.Listing.Split.CharityShare, product.Listing.Split.Materials));

        // Upload slowed to a crawl, so the progress can be seen on its way.
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = 40_000,
        });
        var file = Path.Combine(Path.GetTempPath(), $"sachet-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, Photo());
        try
        {
            await page.TabToAsync("#photo-altText");
            await page.Keyboard.TypeAsync("粉色香包，挂着红色流苏");
            await page.TabToAsync("#photo-file", maxPresses: 1);
            await page.AssertFocusVisibleAsync();
            // A file chooser is the system's own dialog; the file goes into the focused input the way it would return it.
            await page.Locator("#photo-file").SetInputFilesAsync(file);
            await page.TabToAsync("#photo-upload", maxPresses: 1);
            await page.Keyboard.PressAsync("Enter");

            await Assertions.Expect(page.Locator("#photo-progress")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#photo-status")).ToContainTextAsync("正在上传");
            await page.WaitForURLAsync(url => new Uri(url).Query.Contains("uploaded=true", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 60_000 });
        }
        finally
        {
            File.Delete(file);
        }

        await Assertions.Expect(page.Locator(".status-message")).ToHaveTextAsync("照片已上传。");
        await Assertions.Expect(page.Locator(".photo-list img")).ToHaveAttributeAsync("alt", "粉色香包，挂着红色流苏");
        var photo = Assert.Single((await fixture.Host.Grains.GetGrain<IProductGrain>(productId).GetView()).Photos);
        Assert.Equal("粉色香包，挂着红色流苏", photo.AltText);
    }

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var page in new[] { "makers", "list", "new", "new-with-errors", "edit", "product" })
            {
                data.Add(page, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Product_page_has_no_axe_violations(string which, string culture)
    {
        await using var context = await fixture.NewContextAsync();
        if (culture == "en")
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = fixture.Host.BaseAddress.ToString() }]);
        }

        var page = await context.NewPageAsync();
        var (workshopId, admin) = await WorkshopAsync();
        var workshop = fixture.Host.Grains.GetGrain<IWorkshopGrain>(workshopId);
        var shown = await workshop.AddMaker(admin.Id, new MakerInput { DisplayName = "<b>李阿姨</b>", Story = "第一行\n第二行", PublicConsent = true });
        var hidden = await workshop.AddMaker(admin.Id, new MakerInput { DisplayName = "王师傅", PublicConsent = false });
        var product = await fixture.Host.Grains.GetGrain<IProductGrain>(ProductIds.New()).Create(admin.Id, workshopId, new ProductListing
        {
            Title = "<i>手绣香包</i>", Description = "介绍\n第二行", PriceFen = 3800, Stock = 5, MakerIds = [shown.MakerId, hidden.MakerId], Category = "刺绣",
            ShippingNote = "三天内发货", Split = new SaleSplit { MakerShare = 2000, CharityShare = 1800, CharityName = "阳光基金" },
        });
        await fixture.Host.Grains.GetGrain<IProductGrain>(product.ProductId).SetTerms(admin.Id, new SaleTerms { PerBuyerLimit = 2, EndsAt = DateTimeOffset.UtcNow.AddHours(1) });
        var photos = fixture.Host.Services.GetService(typeof(Web.Products.ProductPhotos)) as Web.Products.ProductPhotos;
        var pipeline = fixture.Host.Services.GetService(typeof(Web.Media.ImagePipeline)) as Web.Media.ImagePipeline;
        await photos!.StoreAsync(product.ProductId, admin.Id, "粉色香包", await pipeline!.ProcessAsync(new MemoryStream(Photo())), CancellationToken.None);

        var path = which switch
        {
            "makers" => $"/orgs/{workshopId}/makers",
            "list" => $"/orgs/{workshopId}/products",
            "new" or "new-with-errors" => $"/orgs/{workshopId}/products/new",
            "edit" => $"/products/{product.ProductId}/edit",
            _ => $"/products/{product.ProductId}",
        };
        if (which != "product")
        {
            await page.SignInByKeyboardAsync(path, admin.Email, admin.Password);
        }

        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        if (which == "new-with-errors")
        {
            await page.Locator("#price").FillAsync("0");
            await page.Locator("#makerShare").FillAsync("1.234");
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, AxeReport.Describe($"{which} {path} ({culture})", results.Violations));
    }

    private async Task<(string WorkshopId, TestPerson Admin)> WorkshopAsync()
    {
        var id = OrganisationIds.New();
        return (id, await fixture.Host.FounderOfAsync(id, OrganisationKind.Workshop));
    }

    /// <summary>A real photo (pink disc on green) of a few hundred kilobytes, so a slowed upload takes a while.</summary>
    internal static byte[] Photo()
    {
        using var noise = Image.Gaussnoise(900, 600, mean: 128, sigma: 60);
        using var rgb = noise.Bandjoin(noise, noise).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var drawn = rgb.Mutate(m => m.DrawCircle([236, 130, 160], 450, 300, 200, fill: true));
        return drawn.PngsaveBuffer();
    }
}
