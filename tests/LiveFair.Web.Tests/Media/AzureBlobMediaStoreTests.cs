using System.Diagnostics.CodeAnalysis;
using Azure.Storage.Blobs;
using LiveFair.Web.Media;
using Xunit;

namespace LiveFair.Web.Tests.Media;

/// <summary>
/// Azure Blob Storage from <c>LIVEFAIR_TEST_AZURITE</c> (scripts/test.sh starts Azurite on loopback and sets
/// it). A missing variable fails every test in the class rather than skipping it, as the PostgreSQL tests do:
/// the Azure path is only covered when an emulator is given. Each run uses a container of its own, deleted
/// afterwards.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string VariableName = "LIVEFAIR_TEST_AZURITE";

    private AzureBlobMediaStore? _store;

    public AzureBlobMediaStore Store => _store ?? throw new InvalidOperationException("Not initialised.");

    public string ConnectionString { get; private set; } = "";

    public string ContainerName { get; } = $"test-{Guid.NewGuid():N}";

    public Task InitializeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"The Azure Blob media tests need Azurite: set {VariableName} to its connection string " +
                "(scripts/test.sh installs and starts it). They fail rather than skip so that a run without it never looks like a full pass.");
        }

        ConnectionString = connectionString;
        _store = new AzureBlobMediaStore(connectionString, ContainerName);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_store is null)
        {
            return;
        }

        _store.Dispose();
        await new BlobContainerClient(ConnectionString, ContainerName).DeleteIfExistsAsync();
    }
}

public sealed class AzureBlobMediaStoreTests(AzuriteFixture azurite) : MediaStoreContract, IClassFixture<AzuriteFixture>
{
    protected override IMediaStore Store => azurite.Store;

    [Fact]
    public async Task The_container_is_created_on_first_put_and_objects_are_blobs_with_their_content_type()
    {
        var key = NewKey("w320.webp");
        await Store.PutAsync(key, new MemoryStream([1, 2, 3]), "image/webp");

        var blob = new BlobContainerClient(azurite.ConnectionString, azurite.ContainerName).GetBlobClient(key);
        var properties = await blob.GetPropertiesAsync();
        Assert.Equal("image/webp", properties.Value.ContentType);
        Assert.Equal(3, properties.Value.ContentLength);
    }

    [Fact]
    public async Task A_store_whose_container_does_not_exist_yet_reads_nothing_and_deletes_nothing()
    {
        using var fresh = new AzureBlobMediaStore(azurite.ConnectionString, $"absent-{Guid.NewGuid():N}");
        Assert.Null(await fresh.GetAsync("products/p1/w320.webp"));
        Assert.False(await fresh.DeleteAsync("products/p1/w320.webp"));
    }
}
