namespace LiveFair.Web.Products;

/// <summary>
/// A product as an API client sends it, money in fen (1/100 yuan). Everything optional, so a missing field is a
/// field error rather than a body that cannot be read.
/// </summary>
public sealed class ProductRequest
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>Price of one item in fen; above zero.</summary>
    public long? PriceFen { get; set; }

    /// <summary>Items ever offered (available is this less what is reserved and sold).</summary>
    public int? Stock { get; set; }

    /// <summary>Ids of the workshop's makers who made it.</summary>
    public List<string>? MakerIds { get; set; }

    public string? Category { get; set; }

    public string? ShippingNote { get; set; }

    /// <summary>Where the money of one item goes; the parts must add up to the price exactly.</summary>
    public SplitRequest? Split { get; set; }
}

/// <summary>The split of one item's price, in fen.</summary>
public sealed class SplitRequest
{
    public long MakerShare { get; set; }

    public long CharityShare { get; set; }

    /// <summary>Required when the charity share is above zero.</summary>
    public string? CharityName { get; set; }

    public long Materials { get; set; }

    public long PlatformFee { get; set; }

    public long PaymentFee { get; set; }
}

/// <summary>How the product is sold from now on: an optional per-buyer limit and flash-sale window.</summary>
public sealed class TermsRequest
{
    public int? PerBuyerLimit { get; set; }

    public DateTimeOffset? StartsAt { get; set; }

    public DateTimeOffset? EndsAt { get; set; }
}

/// <summary>A new alt text for a photo.</summary>
public sealed class AltTextRequest
{
    public string? AltText { get; set; }
}

/// <summary>The charity-sale room to pin the product card in.</summary>
public sealed class PinProductRequest
{
    public string? RoomId { get; set; }
}
