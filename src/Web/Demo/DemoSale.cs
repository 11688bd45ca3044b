using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Web.Identity;
using LiveFair.Web.Media;
using LiveFair.Web.Products;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NetVips;

namespace LiveFair.Web.Demo;

/// <summary>
/// The live demo charity sale of 阳光美丽工坊: three makers (two agreed to be shown, one did not), three products with
/// photos drawn at start-up and put through the real image pipeline and media store, the sachet pinned in the live
/// sale room and a flash sale on the zongzi. Runs after <see cref="DemoSeeder"/> (hosted services start in order), as
/// the demo streamer, who is the workshop's admin and streamer. Whatever already exists is left as it is; only a
/// flash sale that has ended since the last start is opened again, so the demo always shows one.
/// </summary>
internal sealed partial class DemoSale(
    IServiceScopeFactory scopes,
    IGrainFactory grains,
    ImagePipeline pipeline,
    ProductPhotos photos,
    IOptions<DemoOptions> options,
    TimeProvider time,
    ILogger<DemoSale> logger) : IHostedService
{
    public const string RoomId = "sunshine-workshop-charity-sale";
    public const string PinnedProductId = "prod-demo-lotus-sachet";
    public const string FlashProductId = "prod-demo-zongzi";
    private static readonly int[] ZongziCentres = [260, 600, 940];

    private const string Charity = "阳光助残公益基金（演示）";

    private sealed record DemoMaker(string DisplayName, string Story, bool PublicConsent);

    private sealed record DemoProduct(string Id, ProductListing Listing, string[] MakerNames, Func<Image> Draw, string AltText);

    private static readonly DemoMaker[] Makers =
    [
        new("李阿姨", "李阿姨是听力残疾人，在工坊绣了十二年香包。她说一针一线能让心静下来。（演示数据）", PublicConsent: true),
        new("小周", "小周坐轮椅，擅长草编。他编的收纳篮结实又好看。（演示数据）", PublicConsent: true),
        new("王师傅", "包粽子的老师傅，不希望公开姓名。（演示数据）", PublicConsent: false),
    ];

    private static DemoProduct[] Products() =>
    [
        new(PinnedProductId,
            new ProductListing
            {
                Title = "手绣荷花香包",
                Description = "真丝面料，手工刺绣荷花图案，内装艾草和薰衣草。每个大约需要三个小时绣成。（演示数据）",
                PriceFen = 3800,
                Stock = 30,
                Category = "刺绣",
                ShippingNote = "下单后三天内从成都发货，全国包邮。",
                Split = new SaleSplit { MakerShare = 2000, CharityShare = 800, CharityName = Charity, Materials = 600, PlatformFee = 250, PaymentFee = 150 },
            },
            ["李阿姨"],
            DrawSachet,
            "示意图：浅绿色背景上一个粉红色的圆形香包，中间是白色花心，上方挂着红色流苏（演示图片，由程序绘制）"),
        new("prod-demo-straw-basket",
            new ProductListing
            {
                Title = "草编收纳篮",
                Description = "天然麦秆手工编织，可放水果、毛线或杂物。直径约 25 厘米。（演示数据）",
                PriceFen = 6800,
                Stock = 12,
                Category = "草编",
                ShippingNote = "纸箱包装，五天内发货。",
                Split = new SaleSplit { MakerShare = 4000, CharityShare = 1200, CharityName = Charity, Materials = 1000, PlatformFee = 400, PaymentFee = 200 },
            },
            ["小周", "王师傅"],
            DrawBasket,
            "示意图：米色背景上一个麦秆色的圆篮，篮身有深棕色的横向编织纹（演示图片，由程序绘制）"),
        new(FlashProductId,
            new ProductListing
            {
                Title = "手工粽子礼盒（6 只）",
                Description = "糯米、红豆和鲜肉三种口味，当天现包现煮，真空包装。（演示数据）",
                PriceFen = 5800,
                Stock = 50,
                Category = "节令食品",
                ShippingNote = "冷链发货，仅限四川、重庆、广东。收到后请冷藏，七天内食用。",
                Split = new SaleSplit { MakerShare = 2800, CharityShare = 1000, CharityName = Charity, Materials = 1500, PlatformFee = 300, PaymentFee = 200 },
            },
            ["王师傅"],
            DrawZongzi,
            "示意图：白色背景上三个绿色的三角形粽子排成一排，每个都系着红色的绳子（演示图片，由程序绘制）"),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        string streamerId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LiveFairUser>>();
            streamerId = (await users.FindByEmailAsync(DemoAccounts.Streamer.Email))?.Id
                ?? throw new InvalidOperationException("The demo streamer account is missing; DemoSeeder runs first and creates it.");
        }

        var makerIds = await SeedMakersAsync(streamerId);
        var now = time.GetUtcNow();
        foreach (var product in Products())
        {
            await SeedProductAsync(streamerId, product, makerIds, cancellationToken);
        }

        await OpenFlashSaleAsync(streamerId, now);
        var room = await grains.GetGrain<IRoomGrain>(RoomId).GetSnapshot();
        if (room.Pin is null && room.Status != RoomStatus.Ended)
        {
            await grains.GetGrain<IProductGrain>(PinnedProductId).PinTo(streamerId, RoomId);
        }

        LogSeeded();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The demo makers by name, added when missing (matched by name, so a restart adds nobody twice).</summary>
    private async Task<Dictionary<string, string>> SeedMakersAsync(string streamerId)
    {
        var workshop = grains.GetGrain<IWorkshopGrain>(DemoAccounts.WorkshopId);
        var existing = (await workshop.GetMakers(streamerId)).Where(maker => !maker.Removed).ToDictionary(maker => maker.DisplayName, maker => maker.MakerId, StringComparer.Ordinal);
        foreach (var maker in Makers.Where(maker => !existing.ContainsKey(maker.DisplayName)))
        {
            var added = await workshop.AddMaker(streamerId, new MakerInput { DisplayName = maker.DisplayName, Story = maker.Story, PublicConsent = maker.PublicConsent });
            existing[maker.DisplayName] = added.MakerId;
        }

        return existing;
    }

    private async Task SeedProductAsync(string streamerId, DemoProduct demo, Dictionary<string, string> makerIds, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IProductGrain>(demo.Id);
        ProductView product;
        try
        {
            product = await grain.GetView();
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            product = await grain.Create(streamerId, DemoAccounts.WorkshopId, demo.Listing with { MakerIds = [.. demo.MakerNames.Select(name => makerIds[name])] });
        }

        if (product.Photos.Count == 0)
        {
            // Drawn, encoded as PNG and put through the same pipeline and store as an upload.
            byte[] png;
            using (var drawn = demo.Draw())
            {
                png = drawn.PngsaveBuffer();
            }

            using var upload = new MemoryStream(png, writable: false);
            var image = await pipeline.ProcessAsync(upload, cancellationToken);
            await photos.StoreAsync(demo.Id, streamerId, demo.AltText, image, cancellationToken);
        }
    }

    /// <summary>The zongzi are on a flash sale that started a few minutes ago and ends in an hour; opened again when it has ended.</summary>
    private async Task OpenFlashSaleAsync(string streamerId, DateTimeOffset now)
    {
        var product = grains.GetGrain<IProductGrain>(FlashProductId);
        var terms = (await product.GetView()).Terms;
        if (terms.EndsAt is { } ends && ends > now)
        {
            return;
        }

        await product.SetTerms(streamerId, new SaleTerms { PerBuyerLimit = 2, StartsAt = now.AddMinutes(-5), EndsAt = now.AddHours(1) });
    }

    private static Image Canvas(int width, int height, double[] background)
    {
        using var black = Image.Black(width, height, bands: 3);
        return (black + background).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    private static Image DrawSachet()
    {
        using var canvas = Canvas(1200, 900, [214, 236, 214]);
        return canvas.Mutate(m =>
        {
            m.DrawLine([200, 30, 40], 600, 60, 600, 250);
            m.DrawRect([200, 30, 40], 590, 40, 20, 60, fill: true);
            m.DrawCircle([236, 130, 160], 600, 500, 260, fill: true);
            m.DrawCircle([250, 250, 250], 600, 500, 90, fill: true);
            m.DrawCircle([240, 200, 60], 600, 500, 35, fill: true);
        });
    }

    private static Image DrawBasket()
    {
        using var canvas = Canvas(1200, 900, [245, 236, 220]);
        return canvas.Mutate(m =>
        {
            m.DrawCircle([214, 178, 110], 600, 470, 330, fill: true);
            for (var y = 200; y <= 740; y += 60)
            {
                m.DrawRect([120, 80, 40], 300, y, 600, 8, fill: true);
            }
        });
    }

    private static Image DrawZongzi()
    {
        using var canvas = Canvas(1200, 900, [252, 252, 250]);
        return canvas.Mutate(m =>
        {
            foreach (var cx in ZongziCentres)
            {
                // A triangle drawn as shrinking rows, then the red string across it.
                for (var row = 0; row < 300; row++)
                {
                    var half = row * 150 / 300;
                    m.DrawRect([60, 140, 60], cx - half, 300 + row, Math.Max(1, half * 2), 1, fill: true);
                }

                m.DrawRect([200, 30, 40], cx - 120, 480, 240, 12, fill: true);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The demo charity sale is ready")]
    private partial void LogSeeded();
}
