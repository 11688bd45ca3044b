using LiveFair.Contracts.Sales;
using LiveFair.Web.Organisations;
using LiveFair.Web.Workshops;

namespace LiveFair.Web.Products;

/// <summary>
/// What Web checks before it asks the product grain, so people get one message per field at once. Codes are the
/// grain's own (<c>product.title.empty</c>, <c>product.split_mismatch</c>…), so one set of translations serves both;
/// the grain checks again and stays the authority.
/// </summary>
public static class ProductInputRules
{
    public static IReadOnlyList<FieldError> Validate(ProductRequest request, out ProductListing? listing)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        var title = MakerInputRules.Text(errors, "title", "product.title", request.Title, ProductLimits.Title, required: true, multiline: false);
        var description = MakerInputRules.Text(errors, "description", "product.description", request.Description, ProductLimits.Description, required: false, multiline: true);
        var category = MakerInputRules.Text(errors, "category", "product.category", request.Category, ProductLimits.Category, required: false, multiline: false);
        var shipping = MakerInputRules.Text(errors, "shippingNote", "product.shipping_note", request.ShippingNote, ProductLimits.ShippingNote, required: false, multiline: true);
        var price = request.PriceFen ?? 0;
        if (price is <= 0 or > ProductLimits.MaxPriceFen)
        {
            errors.Add(new FieldError("price", "product.invalid_price", $"The price must be above zero and at most {ProductLimits.MaxPriceFen} fen."));
        }

        if (request.Stock is not { } stock || stock is < 0 or > ProductLimits.MaxStock)
        {
            errors.Add(new FieldError("stock", "product.invalid_stock", $"The stock must be between 0 and {ProductLimits.MaxStock}."));
            stock = 0;
        }

        var makers = request.MakerIds ?? [];
        if (makers.Count > ProductLimits.MaxMakers)
        {
            errors.Add(new FieldError("makerIds", "product.too_many_makers", $"A product has at most {ProductLimits.MaxMakers} makers."));
        }
        else if (makers.Distinct(StringComparer.Ordinal).Count() != makers.Count)
        {
            errors.Add(new FieldError("makerIds", "product.duplicate_maker", "Each maker is named once."));
        }
        else if (!makers.TrueForAll(Contracts.Workshops.MakerIds.IsValid))
        {
            errors.Add(new FieldError("makerIds", "product.unknown_maker", "Every maker must be a current maker of the workshop."));
        }

        var split = Split(errors, request.Split, price);
        listing = errors.Count > 0 ? null : new ProductListing
        {
            Title = title!,
            Description = description ?? "",
            PriceFen = price,
            Stock = stock,
            MakerIds = [.. makers],
            Category = category ?? "",
            ShippingNote = shipping ?? "",
            Split = split!,
        };
        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(TermsRequest request, out SaleTerms? terms)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        if (request.PerBuyerLimit is < 1 or > ProductLimits.MaxStock)
        {
            errors.Add(new FieldError("perBuyerLimit", "product.invalid_buyer_limit", "The per-buyer limit must be at least 1, or left out for no limit."));
        }

        if (request is { StartsAt: { } start, EndsAt: { } end } && end <= start)
        {
            errors.Add(new FieldError("endsAt", "product.invalid_sale_window", "A flash sale must end after it starts."));
        }

        terms = errors.Count > 0 ? null : new SaleTerms { PerBuyerLimit = request.PerBuyerLimit, StartsAt = request.StartsAt, EndsAt = request.EndsAt };
        return errors;
    }

    /// <summary>The form field a grain refusal is about, from its code; null for refusals about the whole product.</summary>
    public static string? FieldOf(string code) => code switch
    {
        _ when code.StartsWith("product.title.", StringComparison.Ordinal) => "title",
        _ when code.StartsWith("product.description.", StringComparison.Ordinal) => "description",
        _ when code.StartsWith("product.category.", StringComparison.Ordinal) => "category",
        _ when code.StartsWith("product.shipping_note.", StringComparison.Ordinal) => "shippingNote",
        _ when code.StartsWith("product.charity_name", StringComparison.Ordinal) => "charityName",
        _ when code.StartsWith("product.alt_text.", StringComparison.Ordinal) => "altText",
        "product.invalid_price" => "price",
        "product.invalid_stock" or "product.stock_below_committed" => "stock",
        "product.too_many_makers" or "product.duplicate_maker" or "product.unknown_maker" or "product.maker_id" => "makerIds",
        "product.split_missing" or "product.split_negative" or "product.split_mismatch" => "makerShare",
        "product.invalid_buyer_limit" => "perBuyerLimit",
        "product.invalid_sale_window" => "endsAt",
        _ => null,
    };

    private static SaleSplit? Split(List<FieldError> errors, SplitRequest? split, long price)
    {
        if (split is null)
        {
            errors.Add(new FieldError("makerShare", "product.split_missing", "Every product states how its price is split."));
            return null;
        }

        long[] parts = [split.MakerShare, split.CharityShare, split.Materials, split.PlatformFee, split.PaymentFee];
        if (parts.Any(part => part < 0))
        {
            errors.Add(new FieldError("makerShare", "product.split_negative", "No part of the split may be negative."));
            return null;
        }

        var charityName = MakerInputRules.Text(errors, "charityName", "product.charity_name", split.CharityName, ProductLimits.CharityName, required: false, multiline: false);
        if (split.CharityShare > 0 && charityName is null && errors.TrueForAll(e => e.Field != "charityName"))
        {
            errors.Add(new FieldError("charityName", "product.charity_name.empty", "A charity share needs the charity's name."));
        }

        if (price > 0 && (parts.Any(part => part > ProductLimits.MaxPriceFen) || parts.Sum() != price))
        {
            errors.Add(new FieldError("makerShare", "product.split_mismatch", "The parts of the split must add up to the price exactly."));
            return null;
        }

        return new SaleSplit
        {
            MakerShare = split.MakerShare,
            CharityShare = split.CharityShare,
            CharityName = charityName ?? "",
            Materials = split.Materials,
            PlatformFee = split.PlatformFee,
            PaymentFee = split.PaymentFee,
        };
    }
}
