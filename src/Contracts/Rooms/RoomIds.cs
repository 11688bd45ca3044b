using System.Text.RegularExpressions;

namespace LiveFair.Contracts.Rooms;

/// <summary>Room ids appear in URLs and group names, so they are short lowercase slugs.</summary>
public static partial class RoomIds
{
    public static bool IsValid([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? roomId) => roomId is not null && Pattern().IsMatch(roomId);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
