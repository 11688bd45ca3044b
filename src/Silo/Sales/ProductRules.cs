using LiveFair.Contracts.Sales;
using LiveFair.Silo.Rooms;

namespace LiveFair.Silo.Sales;

/// <summary>Validates and normalises what a workshop writes about a product; the result is what gets stored.</summary>
internal static class ProductRules
{
    public static ProductListing Validate(ProductListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (listing.PriceFen is <= 0 or > ProductLimits.MaxPriceFen)
        {
            throw ProductErrors.Invalid("product.invalid_price", $"The price must be above zero and at most {ProductLimits.MaxPriceFen} fen.");
        }

        if (listing.Stock is < 0 or > ProductLimits.MaxStock)
        {
            throw ProductErrors.Invalid("product.invalid_stock", $"The stock must be between 0 and {ProductLimits.MaxStock}.");
        }

        return new ProductListing
        {
            Title = TextRules.Required(listing.Title, ProductLimits.Title, "Title", "product.title"),
            Description = TextRules.OptionalMultiline(listing.Description, ProductLimits.Description, "Description", "product.description"),
            PriceFen = listing.PriceFen,
            Stock = listing.Stock,
            MakerIds = MakerIds(listing.MakerIds),
            Category = TextRules.Optional(listing.Category, ProductLimits.Category, "Category", "product.category"),
            ShippingNote = TextRules.OptionalMultiline(listing.ShippingNote, ProductLimits.ShippingNote, "Shipping note", "product.shipping_note"),
            Split = SplitRules.Validate(listing.Split, listing.PriceFen),
        };
    }

    public static SaleTerms Terms(SaleTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.PerBuyerLimit is < 1 or > ProductLimits.MaxStock)
        {
            throw ProductErrors.Invalid("product.invalid_buyer_limit", "The per-buyer limit must be at least 1, or left out for no limit.");
        }

        if (terms is { StartsAt: { } start, EndsAt: { } end } && end <= start)
        {
            throw ProductErrors.Invalid("product.invalid_sale_window", "A flash sale must end after it starts.");
        }

        return terms;
    }

    /// <summary>A buyer id or an order id from another grain or Web: present, short, without control characters.</summary>
    public static string Key(string? value, string field, string code)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > ProductLimits.OrderId || trimmed.Any(char.IsControl)
            ? throw ProductErrors.Invalid(code, $"{field} must be 1 to {ProductLimits.OrderId} characters without control characters.")
            : trimmed;
    }

    private static List<string> MakerIds(IReadOnlyList<string>? makerIds)
    {
        if (makerIds is null || makerIds.Count == 0)
        {
            return [];
        }

        if (makerIds.Count > ProductLimits.MaxMakers)
        {
            throw ProductErrors.Invalid("product.too_many_makers", $"A product has at most {ProductLimits.MaxMakers} makers.");
        }

        var ids = makerIds.Select(id => TextRules.Required(id, ProductLimits.MakerId, "Maker id", "product.maker_id")).ToList();
        return ids.Distinct(StringComparer.Ordinal).Count() == ids.Count
            ? ids
            : throw ProductErrors.Invalid("product.duplicate_maker", "Each maker is named once.");
    }
}
