namespace LiveFair.Silo.Tests.Storage;

/// <summary>A small grain state for storage tests.</summary>
public sealed class StorageTestPayload
{
    public string Writer { get; set; } = "";

    public int Count { get; set; }

    public List<string> Lines { get; set; } = [];
}
