using LiveFair.Contracts.Chat;
using LiveFair.Contracts.People;

namespace LiveFair.Web.People;

/// <summary>The person's chat messages, found through the rooms their person grain remembers.</summary>
internal sealed class ChatPersonalData(IGrainFactory grains) : IPersonalDataHolder
{
    public string Section => "chat";

    public async Task<object?> ExportAsync(string personId, PersonExport person, CancellationToken cancellationToken)
    {
        var rooms = new List<object>();
        foreach (var roomId in person.ChatRoomIds)
        {
            var messages = await grains.GetGrain<IRoomChatGrain>(roomId).ExportFor(personId);
            if (messages.Count > 0)
            {
                rooms.Add(new { roomId, messages });
            }
        }

        return rooms;
    }

    public async Task EraseAsync(string personId, PersonErasure plan, CancellationToken cancellationToken)
    {
        foreach (var roomId in plan.ChatRoomIds)
        {
            await grains.GetGrain<IRoomChatGrain>(roomId).ErasePerson(personId);
        }
    }
}
