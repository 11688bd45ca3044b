using System.Net;
using Azure.Storage.Blobs;
using LiveFair.Contracts.Sales;
using LiveFair.Testing;
using LiveFair.Web.Media;
using LiveFair.Web.Tests.Infrastructure;
using LiveFair.Web.Tests.Media;
using LiveFair.Web.Tests.Organisations;
using Xunit;

namespace LiveFair.Web.Tests.Products;

/// <summary>
/// The same upload and serving path with the media in Azure Blob Storage (Azurite, from <c>LIVEFAIR_TEST_AZURITE</c>,
/// failing rather than skipping without it, as the store tests do), in a container of its own.
/// </summary>
public sealed class AzureBlobProductPhotoTests : IAsyncLifetime
{
    private readonly string _container = $"products-{Guid.NewGuid():N}";
    private string _connectionString = "";
    private LiveFairTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _connectionString = Environment.GetEnvironmentVariable(AzuriteFixture.VariableName) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Set {AzuriteFixture.VariableName} to Azurite's connection string (scripts/test.sh starts it).");
        _host = await LiveFairTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Media:Provider"] = "AzureBlob",
            ["Media:AzureBlob:ConnectionString"] = _connectionString,
            ["Media:AzureBlob:Container"] = _container,
            ["Media:Images:MaxUploadBytes"] = ProductsFixture.UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await new BlobContainerClient(_connectionString, _container).DeleteIfExistsAsync();
    }

    [Fact]
    public async Task Photos_are_stored_as_blobs_served_with_their_type_and_headers_and_refused_uploads_leave_no_blob()
    {
        var workshopId = Contracts.Organisations.OrganisationIds.New();
        var founder = await _host.FounderOfAsync(workshopId, Contracts.Organisations.OrganisationKind.Workshop);
        using var admin = new SignedIn(founder, _host.CreateClient(await _host.SignInAsync(founder)));
        var id = await ProductsFixture.CreateAsync(admin, workshopId);

        using (var truncated = ProductsFixture.PhotoForm(TestPhotos.TruncatedJpeg(), "坏照片"))
        {
            await ProblemAssertions.AssertProblemAsync(await admin.Http.PostAsync($"/api/products/{id}/photos", truncated), HttpStatusCode.BadRequest, MediaErrorCodes.Corrupt);
        }

        using (var upload = ProductsFixture.PhotoForm(TestPhotos.Jpeg(), "红蓝两色的香包"))
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.Http.PostAsync($"/api/products/{id}/photos", upload)).StatusCode);
        }

        var photo = Assert.Single((await _host.Grains.GetGrain<IProductGrain>(id).GetView()).Photos);
        var container = new BlobContainerClient(_connectionString, _container);
        var blobs = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"products/{id}/", CancellationToken.None))
        {
            blobs.Add(blob.Name);
        }

        Assert.Equal(ProductPhotoKeys.Renditions.Select(r => ProductPhotoKeys.Product(id, photo.PhotoId, r)).Order(), blobs.Order());
        using var anonymous = _host.CreateClient();
        using var served = await anonymous.GetAsync("/media/" + ProductPhotoKeys.Product(id, photo.PhotoId, "800.webp"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/webp", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(served.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("public, max-age=31536000, immutable", served.Headers.CacheControl?.ToString());

        Assert.Equal(HttpStatusCode.OK, (await admin.Http.DeleteAsync($"/api/products/{id}/photos/{photo.PhotoId}")).StatusCode);
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"products/{id}/", CancellationToken.None))
        {
            Assert.Fail($"{blob.Name} was left behind");
        }
    }
}
