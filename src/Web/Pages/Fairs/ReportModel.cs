using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Fairs;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Fairs;

/// <summary>The fair report for the host's admins and streamers (the fair grain decides who may read it).</summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class ReportModel(FairRooms rooms, IGrainFactory grains) : PageModel
{
    public RoomSnapshot Room { get; private set; } = null!;

    public FairReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string roomId)
    {
        if (await rooms.FindAsync(roomId) is not { } room)
        {
            return NotFound();
        }

        Room = room;
        try
        {
            Report = await grains.GetGrain<IFairGrain>(roomId).GetReport(User.PersonId()!);
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.Forbidden)
        {
            return Forbid();
        }

        return Page();
    }
}
