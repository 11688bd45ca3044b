using System.Text;

namespace LiveFair.Web.Tests.People;

/// <summary>
/// Looks for text in every file of a data folder (the SQLite database, its write-ahead log, media), as raw
/// bytes: what a disk image would show, not what a query would return.
/// </summary>
internal static class StorageScan
{
    public static IReadOnlyList<string> Find(string dataDirectory, IEnumerable<string> needles)
    {
        var files = Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories)
            .Select(path => (path, bytes: ReadShared(path)))
            .ToList();
        return [.. from needle in needles
                   from file in files
                   where Contains(file.bytes, Encoding.UTF8.GetBytes(needle))
                   select $"'{needle}' in {Path.GetFileName(file.path)}"];
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
