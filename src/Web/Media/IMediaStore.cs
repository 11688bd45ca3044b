namespace LiveFair.Web.Media;

/// <summary>
/// Where photos and other media live: a local folder in embedded mode, Azure Blob Storage in a cluster.
/// Keys are checked by <see cref="MediaKey"/> in every implementation, so no key can reach outside the store.
/// </summary>
public interface IMediaStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>, replacing what was there.</summary>
    Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>The object under <paramref name="key"/>, or null when there is none. The caller disposes it.</summary>
    Task<MediaObject?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes the object; false when there was nothing to remove.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>A stored object being read: its bytes, content type and length.</summary>
public sealed class MediaObject(Stream content, string contentType, long length) : IAsyncDisposable, IDisposable
{
    public Stream Content { get; } = content;

    public string ContentType { get; } = contentType;

    public long Length { get; } = length;

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public void Dispose() => Content.Dispose();
}
