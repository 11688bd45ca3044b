using LiveFair.Contracts.Sales;
using LiveFair.Silo.Rooms;

namespace LiveFair.Silo.Sales;

/// <summary>
/// A split is shown to buyers as where their money goes, so it must be exact: every part whole fen, none
/// negative, and together exactly the price. Nothing is rounded or made to fit.
/// </summary>
internal static class SplitRules
{
    public static SaleSplit Validate(SaleSplit? split, long priceFen)
    {
        if (split is null)
        {
            throw ProductErrors.Invalid("product.split_missing", "Every product states how its price is split.");
        }

        if (split.MakerShare < 0 || split.CharityShare < 0 || split.Materials < 0 || split.PlatformFee < 0 || split.PaymentFee < 0)
        {
            throw ProductErrors.Invalid("product.split_negative", "No part of the split may be negative.");
        }

        // Each part is at most the price once the sum is known to match, but a huge part could overflow first.
        var parts = new[] { split.MakerShare, split.CharityShare, split.Materials, split.PlatformFee, split.PaymentFee };
        if (parts.Any(p => p > ProductLimits.MaxPriceFen) || parts.Sum() != priceFen)
        {
            throw ProductErrors.Invalid(
                "product.split_mismatch",
                $"The parts of the split add up to {(parts.Any(p => p > ProductLimits.MaxPriceFen) ? "more than the price" : parts.Sum() + " fen")}, not the price of {priceFen} fen.");
        }

        var charityName = TextRules.Optional(split.CharityName, ProductLimits.CharityName, "Charity name", "product.charity_name");
        if (split.CharityShare > 0 && charityName.Length == 0)
        {
            throw ProductErrors.Invalid("product.charity_name.empty", "A charity share needs the charity's name.");
        }

        return split with { CharityName = charityName };
    }
}
