namespace LiveFair.Silo.Rooms;

/// <summary>What one order added to a room's sale totals; a refund subtracts exactly this.</summary>
public sealed record CountedSale(int Items, long TotalFen, long CharityFen, long MakersFen, bool Retracted = false);
