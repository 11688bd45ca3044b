namespace LiveFair.Web.Booths;

public sealed class BoothFanoutOptions
{
    public const string SectionName = "BoothFanout";

    /// <summary>How often this node renews its booth subscriptions; well inside the booth's expiry.</summary>
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Booths one connection may watch at once.</summary>
    public int MaxBoothsPerConnection { get; set; } = 8;
}
