using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Demo;

/// <summary>The demo accounts (all with <see cref="DemoOptions.Password"/>) and what each may do.</summary>
internal static class DemoAccounts
{
    public const string FederationId = "demo-gd-federation";
    public const string WorkshopId = "demo-sunshine-workshop";
    public const string EmployerId = "demo-pearl-river-tech";
    public const string UnverifiedEmployerId = "demo-lingnan-logistics";

    public sealed record DemoAccount(string Email, string DisplayName, bool PlatformAdmin = false);

    public static readonly DemoAccount Streamer = new("host@demo.livefair.local", "演示主播 Demo Streamer");
    public static readonly DemoAccount Captioner = new("captioner@demo.livefair.local", "演示字幕员 Demo Captioner");
    public static readonly DemoAccount Recruiter = new("recruiter@demo.livefair.local", "演示招聘专员 Demo Recruiter");
    public static readonly DemoAccount Seeker = new("seeker@demo.livefair.local", "演示求职者 Demo Seeker");
    public static readonly DemoAccount Admin = new("admin@demo.livefair.local", "演示平台管理员 Demo Admin", PlatformAdmin: true);

    public static readonly IReadOnlyList<DemoAccount> All = [Streamer, Captioner, Recruiter, Seeker, Admin];

    /// <summary>A demo organisation, its founding admin (with extra roles) and the members invited into it.</summary>
    public sealed record DemoOrganisation(
        string Id,
        OrganisationProfile Profile,
        bool Verified,
        DemoAccount Founder,
        IReadOnlyList<OrganisationRole> FounderRoles,
        IReadOnlyList<(DemoAccount Account, OrganisationRole[] Roles)> Members);

    public static bool IsDemoOrganisation(string organisationId) => Organisations.Any(organisation => organisation.Id == organisationId);

    public static readonly IReadOnlyList<DemoOrganisation> Organisations =
    [
        new(FederationId,
            new OrganisationProfile
            {
                Kind = OrganisationKind.ServiceOrganisation,
                Name = "广东省残疾人就业服务指导中心（演示）",
                City = "广州",
                Description = "为残疾人提供职业评估、就业指导和专场招聘会的服务机构（演示数据）。",
            },
            Verified: true, Streamer, [OrganisationRole.Admin, OrganisationRole.Streamer],
            [(Captioner, [OrganisationRole.Helper])]),
        new(WorkshopId,
            new OrganisationProfile
            {
                Kind = OrganisationKind.Workshop,
                Name = "阳光美丽工坊（演示）",
                City = "成都",
                Description = "残疾手艺人制作手工粽子、竹编和刺绣的庇护性工坊（演示数据）。",
            },
            Verified: true, Streamer, [OrganisationRole.Admin, OrganisationRole.Streamer],
            [(Captioner, [OrganisationRole.Helper])]),
        new(EmployerId,
            new OrganisationProfile
            {
                Kind = OrganisationKind.Employer,
                Name = "珠江数码科技有限公司（演示）",
                City = "深圳",
                Description = "软件测试与数据标注岗位，支持居家办公（演示数据）。",
                Industry = "信息技术",
                Size = CompanySize.From100To499,
                AccessibilityFacts =
                [
                    WorkplaceAccessibility.StepFreeEntrance, WorkplaceAccessibility.AccessibleToilet,
                    WorkplaceAccessibility.Lift, WorkplaceAccessibility.ScreenReaderSoftware,
                ],
            },
            Verified: true, Recruiter, [OrganisationRole.Admin, OrganisationRole.Recruiter], []),
        new(UnverifiedEmployerId,
            new OrganisationProfile
            {
                Kind = OrganisationKind.Employer,
                Name = "岭南物流有限公司（演示，待认证）",
                City = "佛山",
                Description = "仓储分拣与客服岗位（演示数据，等待平台管理员认证）。",
                Industry = "物流",
                Size = CompanySize.From20To99,
                AccessibilityFacts = [WorkplaceAccessibility.StepFreeEntrance],
            },
            Verified: false, Recruiter, [OrganisationRole.Admin, OrganisationRole.Recruiter], []),
    ];
}
