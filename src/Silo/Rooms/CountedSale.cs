namespace LiveFair.Silo.Rooms;

/// <summary>What one order added to a room's sale totals; a refund subtracts exactly this.</summary>
public sealed record CountedSale(int Items, long TotalFen, long CharityFen, long MakersFen, bool Retracted = false);

/// <summary>A ticker line as the room keeps it: the order id stays inside, so a refund or an erasure can find the line.</summary>
public sealed record RecentSale(string OrderId, LiveFair.Contracts.Sales.SaleTick Tick);
