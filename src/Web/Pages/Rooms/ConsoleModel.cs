using LiveFair.Contracts.Rooms;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Rooms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Rooms;

[Authorize(Policy = RoomPolicies.RoomStaff)]
public sealed class ConsoleModel(RoomDirectory directory, IGrainFactory grains, Texts texts) : PageModel
{
    public RoomSnapshot Room { get; private set; } = null!;

    public string ConfigJson { get; private set; } = "{}";

    public string IngestUrl { get; private set; } = "";

    public string? NewToken { get; private set; }

    public async Task<IActionResult> OnGetAsync(string roomId) => await LoadAsync(roomId) ?? Page();

    public async Task<IActionResult> OnPostRotateTokenAsync(string roomId)
    {
        if (await LoadAsync(roomId) is { } refused)
        {
            return refused;
        }

        NewToken = await grains.GetGrain<IRoomGrain>(Room.RoomId).RotateIngestToken();

        // The token is a secret shown once: no cache may keep the page.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>Null when the page may be shown; otherwise the refusal (404, or 403 for someone else's room).</summary>
    private async Task<IActionResult?> LoadAsync(string roomId)
    {
        var room = await directory.GetVisibleAsync(roomId);
        if (room is null)
        {
            return NotFound();
        }

        if (!RoomStaffAccess.IsStaff(User, room))
        {
            return Forbid();
        }

        Room = room;
        ConfigJson = RoomScriptConfig.Serialize(room.RoomId, texts, signedIn: true);
        IngestUrl = $"{Request.Scheme}://{Request.Host}/api/rooms/{room.RoomId}/captions";
        return null;
    }
}
