namespace LiveFair.Contracts.Fairs;

/// <summary>
/// A booth is one employer in one fair: its id is the room id and the employer id joined by a dot, which
/// neither may contain, so both parts can always be read back.
/// </summary>
public static class BoothIds
{
    public static string For(string roomId, string employerId) => roomId + "." + employerId;

    public static bool TryParse(string? boothId, out string roomId, out string employerId)
    {
        roomId = employerId = "";
        var dot = boothId?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0 || dot == boothId!.Length - 1 || boothId.IndexOf('.', dot + 1) >= 0)
        {
            return false;
        }

        roomId = boothId[..dot];
        employerId = boothId[(dot + 1)..];
        return Rooms.RoomIds.IsValid(roomId) && Organisations.OrganisationIds.IsValid(employerId);
    }
}
