namespace LiveFair.Silo.Tests.Infrastructure;

/// <summary>A SQLite database file in its own temporary folder, removed (best effort) by <see cref="Delete"/>.</summary>
internal sealed class TempSqliteFile
{
    public TempSqliteFile()
    {
        Folder = Path.Combine(Path.GetTempPath(), "livefair-silo-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "livefair.db");
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    public void Delete()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection may still hold the file; the folder is under the temp directory anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
