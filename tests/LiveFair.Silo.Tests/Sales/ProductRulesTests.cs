using LiveFair.Contracts.Sales;
using LiveFair.Silo.Sales;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

public sealed class ProductRulesTests
{
    [Fact]
    public void Script_in_every_text_field_is_kept_verbatim_and_only_trimmed()
    {
        const string Script = "<script>alert('x')</script>";
        var listing = TestProducts.Listing() with
        {
            Title = "  " + Script + " ",
            Description = Script + "\r\n<img src=x onerror=alert(1)>",
            Category = Script,
            ShippingNote = Script,
            MakerIds = [Script],
            Split = TestProducts.Split() with { CharityName = " " + Script },
        };

        var validated = ProductRules.Validate(listing);

        Assert.Equal(Script, validated.Title);
        Assert.Equal(Script + "\n<img src=x onerror=alert(1)>", validated.Description);
        Assert.Equal((Script, Script, Script), (validated.Category, validated.ShippingNote, validated.Split.CharityName));
        Assert.Equal([Script], validated.MakerIds);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-3880)]
    [InlineData(ProductLimits.MaxPriceFen + 1)]
    public void A_price_of_zero_or_below_or_absurdly_high_is_refused(long price)
    {
        TestProducts.AssertRefused("product.invalid_price", () => ProductRules.Validate(TestProducts.Listing() with { PriceFen = price }));
    }

    [Theory]
    [InlineData(2001, 1000, 500, 250, 130)]
    [InlineData(1999, 1000, 500, 250, 130)]
    [InlineData(0, 0, 0, 0, 0)]
    [InlineData(3880, 0, 0, 0, 1)]
    [InlineData(long.MaxValue, long.MaxValue, 0, 0, 2)]
    public void A_split_that_does_not_add_up_to_the_price_exactly_is_refused(long maker, long charity, long materials, long platform, long payment)
    {
        var split = new SaleSplit { MakerShare = maker, CharityShare = charity, CharityName = "Fund", Materials = materials, PlatformFee = platform, PaymentFee = payment };

        TestProducts.AssertRefused("product.split_mismatch", () => ProductRules.Validate(TestProducts.Listing() with { Split = split }));
    }

    [Fact]
    public void A_negative_part_is_refused_even_when_the_sum_matches()
    {
        var split = TestProducts.Split() with { MakerShare = 2100, PaymentFee = 30, Materials = 500, PlatformFee = 250, CharityShare = 1000 };
        Assert.Equal(3880, split.MakerShare + split.CharityShare + split.Materials + split.PlatformFee + split.PaymentFee);
        var negative = split with { MakerShare = 2200, PaymentFee = -70 };

        TestProducts.AssertRefused("product.split_negative", () => ProductRules.Validate(TestProducts.Listing() with { Split = negative }));
        Assert.Equal(2100, ProductRules.Validate(TestProducts.Listing() with { Split = split }).Split.MakerShare);
    }

    [Fact]
    public void A_charity_share_needs_the_charity_named_and_no_charity_share_needs_no_name()
    {
        TestProducts.AssertRefused(
            "product.charity_name.empty",
            () => ProductRules.Validate(TestProducts.Listing() with { Split = TestProducts.Split() with { CharityName = "   " } }));

        var noCharity = new SaleSplit { MakerShare = 3000, Materials = 880 };
        Assert.Equal("", ProductRules.Validate(TestProducts.Listing() with { Split = noCharity }).Split.CharityName);
        TestProducts.AssertRefused("product.split_missing", () => ProductRules.Validate(TestProducts.Listing() with { Split = null! }));
    }

    [Fact]
    public void Text_too_long_empty_or_with_control_characters_is_refused()
    {
        TestProducts.AssertRefused("product.title.empty", () => ProductRules.Validate(TestProducts.Listing() with { Title = " \t " }));
        TestProducts.AssertRefused("product.title.too_long", () => ProductRules.Validate(TestProducts.Listing() with { Title = new string('粽', ProductLimits.Title + 1) }));
        TestProducts.AssertRefused("product.description.invalid_characters", () => ProductRules.Validate(TestProducts.Listing() with { Description = "a\u0007b" }));
        TestProducts.AssertRefused("product.shipping_note.too_long", () => ProductRules.Validate(TestProducts.Listing() with { ShippingNote = new string('x', ProductLimits.ShippingNote + 1) }));
        TestProducts.AssertRefused("product.charity_name.too_long", () => ProductRules.Validate(TestProducts.Listing() with { Split = TestProducts.Split() with { CharityName = new string('x', ProductLimits.CharityName + 1) } }));
    }

    [Fact]
    public void Stock_and_makers_are_bounded()
    {
        TestProducts.AssertRefused("product.invalid_stock", () => ProductRules.Validate(TestProducts.Listing() with { Stock = -1 }));
        TestProducts.AssertRefused("product.duplicate_maker", () => ProductRules.Validate(TestProducts.Listing() with { MakerIds = ["a", " a "] }));
        TestProducts.AssertRefused("product.maker_id.empty", () => ProductRules.Validate(TestProducts.Listing() with { MakerIds = [""] }));
        TestProducts.AssertRefused(
            "product.too_many_makers",
            () => ProductRules.Validate(TestProducts.Listing() with { MakerIds = [.. Enumerable.Range(0, ProductLimits.MaxMakers + 1).Select(i => $"m{i}")] }));
        Assert.Equal(0, ProductRules.Validate(TestProducts.Listing() with { Stock = 0 }).Stock);
    }

    [Fact]
    public void Terms_need_a_positive_limit_and_a_window_that_ends_after_it_starts()
    {
        var start = new DateTimeOffset(2026, 6, 1, 20, 0, 0, TimeSpan.FromHours(8));

        TestProducts.AssertRefused("product.invalid_buyer_limit", () => ProductRules.Terms(new SaleTerms { PerBuyerLimit = 0 }));
        TestProducts.AssertRefused("product.invalid_sale_window", () => ProductRules.Terms(new SaleTerms { StartsAt = start, EndsAt = start }));
        Assert.Equal(2, ProductRules.Terms(new SaleTerms { PerBuyerLimit = 2, StartsAt = start, EndsAt = start.AddMinutes(10) }).PerBuyerLimit);
    }
}
