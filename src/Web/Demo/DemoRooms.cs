using LiveFair.Contracts.Rooms;

namespace LiveFair.Web.Demo;

/// <summary>Sample rooms, modelled on real sessions run by disabled persons' federations and sheltered workshops.</summary>
internal static class DemoRooms
{
    public sealed record DemoRoom(string Id, RoomDetails Details, RoomStatus Status, IReadOnlyList<(string Speaker, string Text)> Transcript);

    public static IReadOnlyList<DemoRoom> Create(DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        return
        [
            new(
                "gd-state-enterprise-fair",
                new RoomDetails
                {
                    Kind = RoomKind.JobFair,
                    Title = "广东省国有企业残疾人专场直播招聘会",
                    Description = "省属国有企业专场：客服专员、数据标注员、内容审核员、手语翻译等岗位，全程实时字幕。 " +
                        "State-enterprise session: customer service, data labelling, content review and sign-language interpreting posts, captioned throughout.",
                    HostOrganisationId = DemoAccounts.FederationId,
                    HostOrganisationName = "广东省残疾人就业服务指导中心（演示）",
                    ScheduledStart = now.AddMinutes(-30),
                    ScheduledEnd = now.AddHours(3),
                    IsDemo = true,
                },
                RoomStatus.Live,
                [
                    ("主持人", "各位求职者朋友，大家好！欢迎来到广东省国有企业残疾人专场直播招聘会。"),
                    ("主持人", "今天共有 12 家省属企业参加，提供客服、数据标注、内容审核和手语翻译等岗位。"),
                    ("招聘方 · 南方数据标注中心", "我们的数据标注岗位支持居家办公，提供读屏软件和弹性工作时间。"),
                    ("主持人", "投递后请留意排队位置，轮到您时页面会提示，并支持纯文字面试。"),
                ]),
            new(
                "sunshine-workshop-charity-sale",
                new RoomDetails
                {
                    Kind = RoomKind.CharitySale,
                    Title = "阳光美丽工坊 · 端午手作直播义卖",
                    Description = "工坊手工艺人亲手制作的刺绣香包、草编收纳篮和端午粽子。每一单的手工艺人收入、公益善款和成本都公开。 " +
                        "Embroidered sachets, woven straw baskets and festival zongzi, each sale split openly between maker, charity and costs.",
                    HostOrganisationId = DemoAccounts.WorkshopId,
                    HostOrganisationName = "阳光美丽工坊（演示）",
                    ScheduledStart = now.AddMinutes(-10),
                    ScheduledEnd = now.AddHours(2),
                    IsDemo = true,
                },
                RoomStatus.Live,
                [
                    ("主播", "欢迎来到阳光美丽工坊的直播义卖间！"),
                    ("主播", "这款手绣香包由工坊的李阿姨一针一线绣成，每个需要大约三个小时。"),
                ]),
            new(
                "shenzhen-winter-fair",
                new RoomDetails
                {
                    Kind = RoomKind.JobFair,
                    Title = "深圳市就业援助月 · 残疾人冬季直播招聘会",
                    Description = "互联网、制造业与社区服务岗位，配备手语翻译。 Internet, manufacturing and community-service posts, with a sign-language interpreter.",
                    HostOrganisationId = DemoAccounts.FederationId,
                    HostOrganisationName = "广东省残疾人就业服务指导中心（演示）",
                    ScheduledStart = today.AddDays(7).AddHours(2),
                    ScheduledEnd = today.AddDays(7).AddHours(5),
                    IsDemo = true,
                },
                RoomStatus.Scheduled,
                []),
            new(
                "spring-assistance-fair",
                new RoomDetails
                {
                    Kind = RoomKind.JobFair,
                    Title = "全国助残日线上专场招聘会",
                    Description = "已结束的专场，可下载完整字幕记录。 An ended session; its full transcript can be downloaded.",
                    HostOrganisationId = DemoAccounts.FederationId,
                    HostOrganisationName = "广东省残疾人就业服务指导中心（演示）",
                    ScheduledStart = today.AddDays(-14).AddHours(2),
                    ScheduledEnd = today.AddDays(-14).AddHours(4),
                    IsDemo = true,
                },
                RoomStatus.Ended,
                [
                    ("主持人", "感谢各位的参与，本场共收到 146 份初步意向。"),
                ]),
        ];
    }
}
