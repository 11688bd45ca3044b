using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace LiveFair.Web.Media;

/// <summary>Media as block blobs in one container, created on first use when missing.</summary>
public sealed class AzureBlobMediaStore : IMediaStore, IDisposable
{
    private readonly BlobContainerClient _container;
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _containerReady;

    public AzureBlobMediaStore(BlobContainerClient container)
    {
        _container = container ?? throw new ArgumentNullException(nameof(container));
    }

    public AzureBlobMediaStore(string connectionString, string containerName)
        : this(new BlobContainerClient(connectionString, containerName))
    {
    }

    public string ContainerName => _container.Name;

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        MediaKey.Validate(key);
        ArgumentNullException.ThrowIfNull(content);
        MediaKey.ValidateContentType(contentType);
        await EnsureContainerAsync(cancellationToken);
        await _container.GetBlobClient(key).UploadAsync(
            content,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
    }

    public async Task<MediaObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        MediaKey.Validate(key);
        try
        {
            var response = await _container.GetBlobClient(key).DownloadStreamingAsync(cancellationToken: cancellationToken);
            var details = response.Value.Details;
            return new MediaObject(response.Value.Content, details.ContentType ?? "application/octet-stream", details.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        MediaKey.Validate(key);
        try
        {
            var response = await _container.GetBlobClient(key).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
            return response.Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false; // the container itself is missing: nothing to delete
        }
    }

    public void Dispose() => _creating.Dispose();

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerReady)
        {
            return;
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (!_containerReady)
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _containerReady = true;
            }
        }
        finally
        {
            _creating.Release();
        }
    }
}
