using System.Text;
using LiveFair.Web.Media;
using Xunit;

namespace LiveFair.Web.Tests.Media;

/// <summary>What every <see cref="IMediaStore"/> does; each store's test class runs all of it.</summary>
public abstract class MediaStoreContract
{
    protected abstract IMediaStore Store { get; }

    /// <summary>Keys are unique per test so that stores shared between tests stay independent.</summary>
    protected static string NewKey(string name = "w800.webp") => $"products/p-{Guid.NewGuid():N}/{name}";

    [Fact]
    public async Task Put_then_get_returns_the_same_bytes_content_type_and_length()
    {
        var key = NewKey();
        var bytes = RandomBytes(200_000);
        await Store.PutAsync(key, new MemoryStream(bytes), "image/webp");

        await using var stored = await Store.GetAsync(key);

        Assert.NotNull(stored);
        Assert.Equal("image/webp", stored.ContentType);
        Assert.Equal(bytes.Length, stored.Length);
        Assert.Equal(bytes, await ReadAllAsync(stored.Content));
    }

    [Fact]
    public async Task Put_again_replaces_the_object_and_its_content_type()
    {
        var key = NewKey("w1600.jpg");
        await Store.PutAsync(key, new MemoryStream(RandomBytes(5000)), "application/octet-stream");
        var second = Encoding.UTF8.GetBytes("second version");
        await Store.PutAsync(key, new MemoryStream(second), "image/jpeg");

        await using var stored = await Store.GetAsync(key);

        Assert.NotNull(stored);
        Assert.Equal("image/jpeg", stored.ContentType);
        Assert.Equal(second, await ReadAllAsync(stored.Content));
    }

    [Fact]
    public async Task Get_of_a_missing_key_is_null()
    {
        Assert.Null(await Store.GetAsync(NewKey()));
    }

    [Fact]
    public async Task Delete_removes_the_object_and_says_whether_there_was_one()
    {
        var key = NewKey();
        await Store.PutAsync(key, new MemoryStream([1, 2, 3]), "image/webp");

        Assert.True(await Store.DeleteAsync(key));
        Assert.Null(await Store.GetAsync(key));
        Assert.False(await Store.DeleteAsync(key));
    }

    [Fact]
    public async Task Keys_that_differ_only_in_their_last_segment_are_separate_objects()
    {
        var prefix = $"products/p-{Guid.NewGuid():N}";
        await Store.PutAsync($"{prefix}/w320.webp", new MemoryStream([3, 2, 0]), "image/webp");
        await Store.PutAsync($"{prefix}/w800.webp", new MemoryStream([8, 0, 0]), "image/webp");

        await using var small = await Store.GetAsync($"{prefix}/w320.webp");
        await using var large = await Store.GetAsync($"{prefix}/w800.webp");
        Assert.Equal([3, 2, 0], await ReadAllAsync(small!.Content));
        Assert.Equal([8, 0, 0], await ReadAllAsync(large!.Content));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../escape.webp")]
    [InlineData("products/../../escape.webp")]
    [InlineData("products/./x.webp")]
    [InlineData("/etc/passwd")]
    [InlineData("products\\..\\escape.webp")]
    [InlineData("products//x.webp")]
    [InlineData("products/x.webp/")]
    [InlineData(".hidden")]
    [InlineData("products/.x.webp.content-type")]
    [InlineData("products/x y.webp")]
    [InlineData("products/%2e%2e/x.webp")]
    [InlineData("a/b/c/d/e/f/g/h/i")]
    [InlineData("C:/windows/x.webp")]
    public async Task Unsafe_keys_are_refused_by_every_operation(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(key, new MemoryStream([1]), "image/webp"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key));
    }

    [Fact]
    public async Task A_key_longer_than_256_characters_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(new string('a', 257), new MemoryStream([1]), "image/webp"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("webp")]
    [InlineData("image/webp\r\nX-Injected: 1")]
    public async Task A_missing_or_malformed_content_type_is_refused(string contentType)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(NewKey(), new MemoryStream([1]), contentType));
    }

    protected static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    protected static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
