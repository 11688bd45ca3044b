using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Rooms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Rooms;

public sealed class RoomModel(RoomDirectory directory, IGrainFactory grains, Texts texts) : PageModel
{
    public RoomSnapshot Room { get; private set; } = null!;

    public bool IsStaff { get; private set; }

    /// <summary>A platform admin has checked the host organisation.</summary>
    public bool HostVerified { get; private set; }

    public bool SignedIn { get; private set; }

    public string ConfigJson { get; private set; } = "{}";

    /// <summary>The signed-in seeker's open places at this fair's booths.</summary>
    public IReadOnlyList<Booths.QueuePanel> QueuePanels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string roomId)
    {
        var room = await directory.GetVisibleAsync(roomId);
        if (room is null)
        {
            return NotFound();
        }

        Room = room;
        IsStaff = RoomStaffAccess.IsStaff(User, room);
        HostVerified = await IsVerifiedAsync(room.Details.HostOrganisationId);
        SignedIn = User.PersonId() is not null;
        ConfigJson = RoomScriptConfig.Serialize(room.RoomId, texts, SignedIn);
        if (room.Details.Kind == RoomKind.JobFair && User.PersonId() is { } personId)
        {
            QueuePanels = await Booths.QueuePanel.ForFairAsync(grains, room.RoomId, personId);
        }

        return Page();
    }

    private async Task<bool> IsVerifiedAsync(string organisationId)
    {
        try
        {
            return (await grains.GetGrain<IOrganisationGrain>(organisationId).GetView()).Verified;
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            // A room may name a host that has no organisation record (yet); it is simply not verified.
            return false;
        }
    }
}
