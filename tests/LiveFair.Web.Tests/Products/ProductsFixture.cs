using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Testing;
using LiveFair.Web.Tests.Organisations;
using Xunit;

namespace LiveFair.Web.Tests.Products;

[CollectionDefinition(Name)]
public sealed class ProductTestGroup : ICollectionFixture<ProductsFixture>
{
    public const string Name = "Products";
}

/// <summary>
/// One running LiveFair for the product and maker tests, with its media in a folder of its own and a small upload
/// limit (so an over-size photo is cheap to make). Workshops and their people are made the real way.
/// </summary>
public sealed class ProductsFixture : IAsyncLifetime
{
    public const long UploadLimit = 512 * 1024;

    public LiveFairTestHost Host { get; private set; } = null!;

    public string MediaFolder { get; } = Directory.CreateTempSubdirectory("livefair-product-media-").FullName;

    public async Task InitializeAsync() => Host = await LiveFairTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["Media:LocalFolder:Path"] = MediaFolder,
        ["Media:Images:MaxUploadBytes"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Products:StockPushDelay"] = "00:00:00.100",
    });

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(MediaFolder, recursive: true);
    }

    public async Task<SignedIn> SignedInAsync(TestPerson? person = null)
    {
        person ??= await Host.CreatePersonAsync();
        return new SignedIn(person, Host.CreateClient(await Host.SignInAsync(person)));
    }

    /// <summary>A new workshop with a signed-in admin (its founder), streamer and helper.</summary>
    public async Task<Workshop> WorkshopAsync()
    {
        var id = OrganisationIds.New();
        var founder = await Host.FounderOfAsync(id, OrganisationKind.Workshop);
        return new Workshop(
            id,
            await SignedInAsync(founder),
            await SignedInAsync(await Host.CreateMemberAsync(id, OrganisationRole.Streamer)),
            await SignedInAsync(await Host.CreateMemberAsync(id, OrganisationRole.Helper)));
    }

    /// <summary>A listing in the API's shape: ¥38.00, split 20 + 8 + 6 + 2.50 + 1.50.</summary>
    public static Dictionary<string, object?> Listing(string title = "手绣荷花香包", long priceFen = 3800, int stock = 30) => new()
    {
        ["title"] = title,
        ["description"] = "真丝面料，手工刺绣。",
        ["priceFen"] = priceFen,
        ["stock"] = stock,
        ["category"] = "刺绣",
        ["shippingNote"] = "三天内发货。",
        ["split"] = Split(priceFen),
    };

    public static Dictionary<string, object?> Split(long priceFen, string charityName = "阳光助残基金") => new()
    {
        ["makerShare"] = priceFen - 1800,
        ["charityShare"] = 800L,
        ["charityName"] = charityName,
        ["materials"] = 600L,
        ["platformFee"] = 250L,
        ["paymentFee"] = 150L,
    };

    public static async Task<string> CreateAsync(SignedIn manager, string workshopId, object? listing = null)
    {
        ArgumentNullException.ThrowIfNull(manager);
        using var response = await manager.Http.PostAsJsonAsync($"/api/orgs/{workshopId}/products", listing ?? Listing());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create product: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("productId").GetString()!;
    }

    public Task<ProductView> ViewAsync(string productId) => Host.Grains.GetGrain<IProductGrain>(productId).GetView();

    /// <summary>A multipart photo upload as the edit page's script sends it.</summary>
    public static MultipartFormDataContent PhotoForm(byte[] file, string? altText, string fileName = "photo.jpg", string contentType = "image/jpeg")
    {
        var form = new MultipartFormDataContent();
        if (altText is not null)
        {
            form.Add(new StringContent(altText), "altText");
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(content, "file", fileName);
        return form;
    }

    /// <summary>Every file the media folder holds for a product (renditions and their type notes).</summary>
    public IReadOnlyList<string> StoredFilesOf(string productId)
    {
        var folder = Path.Combine(MediaFolder, "products", productId);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }
}

public sealed record Workshop(string Id, SignedIn Admin, SignedIn Streamer, SignedIn Helper) : IDisposable
{
    public void Dispose()
    {
        Admin.Dispose();
        Streamer.Dispose();
        Helper.Dispose();
    }
}
