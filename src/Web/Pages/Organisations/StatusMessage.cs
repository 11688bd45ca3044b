namespace LiveFair.Web.Pages.Organisations;

/// <summary>The TempData entry that carries "saved", "joined" and the like across the redirect after a post.</summary>
public static class StatusMessage
{
    public const string Key = "livefair.status";
}
