namespace LiveFair.Web.Pages.Orders;

/// <summary>One line of where a receipt's money went, already in words.</summary>
public sealed record ReceiptLine(string Label, long AmountFen);
