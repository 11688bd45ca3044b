namespace LiveFair.Web.Rooms;

public sealed class RoomFanoutOptions
{
    public const string SectionName = "Fanout";

    /// <summary>How often this node renews its room subscriptions; well inside the grain's expiry.</summary>
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often changed local viewer counts are reported to rooms.</summary>
    public TimeSpan ViewerReportInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rooms one connection may watch at once.</summary>
    public int MaxRoomsPerConnection { get; set; } = 8;
}
