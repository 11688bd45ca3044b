using LiveFair.Web.Media;
using Xunit;

namespace LiveFair.Web.Tests.Media;

public sealed class LocalFolderMediaStoreTests : MediaStoreContract, IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("livefair-media-").FullName;
    private readonly LocalFolderMediaStore _store;

    public LocalFolderMediaStoreTests()
    {
        _store = new LocalFolderMediaStore(Path.Combine(_parent, "media"));
    }

    protected override IMediaStore Store => _store;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public async Task Objects_are_files_under_the_root_and_a_refused_key_writes_nothing_anywhere()
    {
        await _store.PutAsync("products/p1/w320.webp", new MemoryStream([1, 2]), "image/webp");
        Assert.True(File.Exists(Path.Combine(_parent, "media", "products", "p1", "w320.webp")));

        await Assert.ThrowsAsync<ArgumentException>(() => _store.PutAsync("../escape.webp", new MemoryStream([1]), "image/webp"));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.PutAsync("products/../../escape.webp", new MemoryStream([1]), "image/webp"));

        Assert.Equal(["media"], Directory.EnumerateFileSystemEntries(_parent).Select(Path.GetFileName));
        // Only the object and its hidden content-type note; no temporary files are left behind.
        Assert.Equal(
            [".w320.webp.content-type", "w320.webp"],
            Directory.EnumerateFiles(Path.Combine(_parent, "media", "products", "p1")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_second_store_on_the_same_folder_reads_what_the_first_wrote()
    {
        await _store.PutAsync("makers/m1/photo.jpg", new MemoryStream([7, 7, 7]), "image/jpeg");

        var reopened = new LocalFolderMediaStore(Path.Combine(_parent, "media"));
        await using var stored = await reopened.GetAsync("makers/m1/photo.jpg");

        Assert.Equal("image/jpeg", stored!.ContentType);
        Assert.Equal([7, 7, 7], await ReadAllAsync(stored.Content));
    }
}
