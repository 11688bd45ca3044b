namespace LiveFair.Web.Workshops;

/// <summary>A maker as an API client or the makers page sends it; everything optional so a missing field is a field error.</summary>
public sealed class MakerRequest
{
    /// <summary>A name or nickname the maker chose to be known by.</summary>
    public string? DisplayName { get; set; }

    public string? Story { get; set; }

    /// <summary>The maker agreed that name, story and photo are shown publicly; who recorded it and when is kept by the workshop.</summary>
    public bool PublicConsent { get; set; }
}
