using LiveFair.Web.Identity;

namespace LiveFair.Web.Demo;

internal static class DemoAccounts
{
    public const string FederationId = "demo-gd-federation";
    public const string WorkshopId = "demo-sunshine-workshop";

    public static readonly IReadOnlyList<(string Email, string DisplayName, string Role)> All =
    [
        ("host@demo.livefair.local", "演示主持人 Demo Host", LiveFairRoles.Host),
        ("captioner@demo.livefair.local", "演示字幕员 Demo Captioner", LiveFairRoles.Captioner),
    ];

    /// <summary>Both demo accounts work for both demo organisations, so either can run every demo room.</summary>
    public static readonly IReadOnlyList<string> Organisations = [FederationId, WorkshopId];
}
