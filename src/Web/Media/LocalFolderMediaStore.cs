using System.Text;

namespace LiveFair.Web.Media;

/// <summary>
/// Media as files under one folder (embedded mode). An object's content type is kept beside it in a hidden
/// file (<c>.name.content-type</c>), a name no valid key can take. Writes go to a hidden temporary file
/// first and are moved into place, so a reader never sees half an object.
/// </summary>
public sealed class LocalFolderMediaStore : IMediaStore
{
    private const string TypeSuffix = ".content-type";
    private readonly string _root;

    public LocalFolderMediaStore(string rootFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootFolder);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootFolder));
        Directory.CreateDirectory(_root);
    }

    public string RootFolder => _root;

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        MediaKey.ValidateContentType(contentType);
        var path = PathOf(key);
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            await File.WriteAllTextAsync(TypePathOf(path), contentType, Encoding.UTF8, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<MediaObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        string contentType;
        try
        {
            contentType = (await File.ReadAllTextAsync(TypePathOf(path), Encoding.UTF8, cancellationToken)).Trim();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            contentType = "application/octet-stream";
        }

        return new MediaObject(stream, contentType, stream.Length);
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        var existed = File.Exists(path);
        File.Delete(path);
        File.Delete(TypePathOf(path));
        return Task.FromResult(existed);
    }

    private string PathOf(string key)
    {
        MediaKey.Validate(key);
        var path = Path.GetFullPath(Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar)));
        // The key rule already keeps every path inside the root; this is the second lock on the same door.
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The media key leads outside the media folder.", nameof(key));
        }

        return path;
    }

    private static string TypePathOf(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + TypeSuffix);
}
