using LiveFair.Contracts.Rooms;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Rooms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Rooms;

public sealed class RoomModel(RoomDirectory directory, Texts texts) : PageModel
{
    public RoomSnapshot Room { get; private set; } = null!;

    public bool IsStaff { get; private set; }

    public bool SignedIn { get; private set; }

    public string ConfigJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string roomId)
    {
        var room = await directory.GetVisibleAsync(roomId);
        if (room is null)
        {
            return NotFound();
        }

        Room = room;
        IsStaff = RoomStaffAccess.IsStaff(User, room);
        SignedIn = User.PersonId() is not null;
        ConfigJson = RoomScriptConfig.Serialize(room.RoomId, texts, SignedIn);
        return Page();
    }
}
