namespace LiveFair.Silo.Storage;

public static class LiveFairStorage
{
    /// <summary>The grain storage provider name used by every LiveFair grain.</summary>
    public const string Name = "livefair";
}
