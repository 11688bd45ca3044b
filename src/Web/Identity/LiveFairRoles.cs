namespace LiveFair.Web.Identity;

public static class LiveFairRoles
{
    /// <summary>Runs rooms of their organisation: starts and ends them, captions, manages ingest tokens.</summary>
    public const string Host = "Host";

    /// <summary>Types or corrects live captions in rooms of their organisation.</summary>
    public const string Captioner = "Captioner";

    public static readonly IReadOnlyList<string> All = [Host, Captioner];
}
