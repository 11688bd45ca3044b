namespace LiveFair.Browser.Tests;

/// <summary>What demo mode seeds (src/Web/Demo): rooms, organisations and accounts.</summary>
internal static class DemoData
{
    public const string LiveJobFair = "gd-state-enterprise-fair";
    public const string LiveCharitySale = "sunshine-workshop-charity-sale";
    public const string ScheduledFair = "shenzhen-winter-fair";
    public const string EndedFair = "spring-assistance-fair";

    public const string Federation = "demo-gd-federation";
    public const string VerifiedEmployer = "demo-pearl-river-tech";
    public const string UnverifiedEmployer = "demo-lingnan-logistics";
    public const string UnverifiedEmployerName = "岭南物流有限公司（演示，待认证）";

    public const string CaptionerEmail = "captioner@demo.livefair.local";
    public const string HostEmail = "host@demo.livefair.local";
    public const string PlatformAdminEmail = "admin@demo.livefair.local";
    public const string SeekerEmail = "seeker@demo.livefair.local";
    public const string RecruiterEmail = "recruiter@demo.livefair.local";
    public const string PinnedJobTitle = "数据标注员（居家办公）";
    public const string Password = "LiveFair-Demo-2026";
}
