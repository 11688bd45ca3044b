using LiveFair.Contracts.Rooms;
using LiveFair.Web.Localization;
using LiveFair.Web.Rooms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Rooms;

public sealed class RoomModel(RoomDirectory directory, Texts texts) : PageModel
{
    public RoomSnapshot Room { get; private set; } = null!;

    /// <summary>False when the room does not exist (or is hidden); the page then says so, with status 404.</summary>
    public bool Found { get; private set; }

    public bool IsStaff { get; private set; }

    public string ConfigJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string roomId)
    {
        var room = await directory.GetVisibleAsync(roomId);
        if (room is null)
        {
            // A page in the visitor's language (with lang and title), not a bare problem document.
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Found = true;
        Room = room;
        IsStaff = RoomStaffAccess.IsStaff(User, room);
        ConfigJson = RoomScriptConfig.Serialize(room.RoomId, texts);
        return Page();
    }
}
