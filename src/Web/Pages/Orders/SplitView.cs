using LiveFair.Contracts.Sales;

namespace LiveFair.Web.Pages.Orders;

/// <summary>What <c>_Split</c> draws: a split for <see cref="Quantity"/> items under a caption.</summary>
public sealed record SplitView(SaleSplit Split, int Quantity, string Caption);
