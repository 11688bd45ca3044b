namespace LiveFair.Web.Demo;

/// <summary>Bound from the <c>Demo</c> section. Demo content is on by default so a fresh clone shows something real to click.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Seeds demo rooms and accounts; when off, demo rooms are hidden and demo accounts cannot sign in.</summary>
    public bool Enabled { get; set; } = true;

    public string Password { get; set; } = "LiveFair-Demo-2026";
}
