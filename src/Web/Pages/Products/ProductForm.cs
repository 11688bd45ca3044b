using LiveFair.Contracts.Common;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Web.Localization;
using LiveFair.Web.Organisations;
using LiveFair.Web.Pages.Fairs;
using LiveFair.Web.Pages.Organisations;
using LiveFair.Web.Products;

namespace LiveFair.Web.Pages.Products;

/// <summary>The product form as posted: money as the yuan people type (converted to fen exactly), everything else as in the API.</summary>
public sealed class ProductFormInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Price { get; set; }

    public int? Stock { get; set; }

    public List<string>? MakerIds { get; set; }

    public string? Category { get; set; }

    public string? ShippingNote { get; set; }

    public string? MakerShare { get; set; }

    public string? CharityShare { get; set; }

    public string? CharityName { get; set; }

    public string? Materials { get; set; }

    public string? PlatformFee { get; set; }

    public string? PaymentFee { get; set; }

    public static ProductFormInput From(ProductListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var split = listing.Split;
        return new ProductFormInput
        {
            Title = listing.Title,
            Description = listing.Description,
            Price = Money.Yuan(listing.PriceFen),
            Stock = listing.Stock,
            MakerIds = [.. listing.MakerIds],
            Category = listing.Category,
            ShippingNote = listing.ShippingNote,
            MakerShare = Money.Yuan(split.MakerShare),
            CharityShare = Money.Yuan(split.CharityShare),
            CharityName = split.CharityName,
            Materials = Money.Yuan(split.Materials),
            PlatformFee = Money.Yuan(split.PlatformFee),
            PaymentFee = Money.Yuan(split.PaymentFee),
        };
    }
}

/// <summary>The sale terms form: the window in China time as datetime-local inputs send it.</summary>
public sealed class TermsFormInput
{
    public int? PerBuyerLimit { get; set; }

    public string? StartsAt { get; set; }

    public string? EndsAt { get; set; }

    public static TermsFormInput From(SaleTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return new TermsFormInput
        {
            PerBuyerLimit = terms.PerBuyerLimit,
            StartsAt = terms.StartsAt is { } start ? FairFormRules.FormatTime(start) : null,
            EndsAt = terms.EndsAt is { } end ? FairFormRules.FormatTime(end) : null,
        };
    }
}

/// <summary>What the product form partial draws: the input, its errors and the workshop's makers to choose from.</summary>
public sealed record ProductForm(ProductFormInput Input, FormErrors Errors, IReadOnlyList<Maker> Makers)
{
    private static readonly (string Field, Func<ProductFormInput, string?> Value)[] SplitFields =
    [
        ("makerShare", input => input.MakerShare),
        ("charityShare", input => input.CharityShare),
        ("materials", input => input.Materials),
        ("platformFee", input => input.PlatformFee),
        ("paymentFee", input => input.PaymentFee),
    ];

    /// <summary>Checks the posted form: amounts that are not yuan, then the same rules as the API. Returns the listing when there is nothing to fix.</summary>
    public static ProductListing? Check(ProductFormInput input, FormErrors errors, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(texts);
        var unreadable = new List<FieldError>();
        long? Fen(string field, string? value, bool emptyIsZero)
        {
            if (emptyIsZero && string.IsNullOrWhiteSpace(value))
            {
                return 0;
            }

            if (Money.TryParseYuan(value, out var fen))
            {
                return fen;
            }

            unreadable.Add(new FieldError(field, "product.not_a_number", texts[ProductTexts.ErrorKey("product.not_a_number")]));
            return null;
        }

        var price = Fen("price", input.Price, emptyIsZero: false);
        var parts = SplitFields.Select(part => Fen(part.Field, part.Value(input), emptyIsZero: true)).ToList();
        var request = new ProductRequest
        {
            Title = input.Title,
            Description = input.Description,
            PriceFen = price,
            Stock = input.Stock,
            MakerIds = input.MakerIds,
            Category = input.Category,
            ShippingNote = input.ShippingNote,
            Split = new SplitRequest
            {
                MakerShare = parts[0] ?? 0,
                CharityShare = parts[1] ?? 0,
                CharityName = input.CharityName,
                Materials = parts[2] ?? 0,
                PlatformFee = parts[3] ?? 0,
                PaymentFee = parts[4] ?? 0,
            },
        };
        var found = ProductInputRules.Validate(request, out var listing)
            .Where(error => unreadable.TrueForAll(u => u.Field != error.Field) && (unreadable.Count == 0 || error.Code != "product.split_mismatch"))
            .Select(error => error with { Message = texts[ProductTexts.ErrorKey(error.Code)] });
        var all = unreadable.Concat(found).ToList();
        errors.Add(all);
        return all.Count == 0 ? listing : null;
    }

    public static SaleTerms? Check(TermsFormInput input, FormErrors errors, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(texts);
        var unreadable = new List<FieldError>();
        DateTimeOffset? Time(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var time = FairFormRules.ParseTime(value);
            if (time is null)
            {
                unreadable.Add(new FieldError(field, "product.invalid_time", texts[ProductTexts.ErrorKey("product.invalid_time")]));
            }

            return time;
        }

        var request = new TermsRequest { PerBuyerLimit = input.PerBuyerLimit, StartsAt = Time("startsAt", input.StartsAt), EndsAt = Time("endsAt", input.EndsAt) };
        var found = ProductInputRules.Validate(request, out var terms)
            .Where(error => unreadable.TrueForAll(u => u.Field != error.Field))
            .Select(error => error with { Message = texts[ProductTexts.ErrorKey(error.Code)] });
        var all = unreadable.Concat(found).ToList();
        errors.Add(all);
        return all.Count == 0 ? terms : null;
    }

    /// <summary>A refusal from the product grain: on its field when it is about one, otherwise for the whole form.</summary>
    public static void Refused(DomainException refusal, FormErrors errors, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(errors);
        var text = PhotoForms.Refusal(texts, refusal.Code);
        if (ProductInputRules.FieldOf(refusal.Code) is { } field)
        {
            errors.Add([new FieldError(field, refusal.Code, text)]);
        }
        else
        {
            errors.Add(text);
        }
    }
}
