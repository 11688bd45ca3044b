using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Jobs;
using LiveFair.Silo.Organisations;
using LiveFair.Web.Fairs;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Organisations;
using LiveFair.Web.Pages.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Fairs;

/// <summary>
/// The host's page for one fair: invite employers, see the answers and the booths, pin a booth or a job to the
/// stream. Shown to the host's admins, streamers and helpers; each button asks the fair grain, which decides.
/// </summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class ManageFairModel(FairRooms rooms, IGrainFactory grains, OrganisationListing listing, JobCatalog jobs, Texts texts) : PageModel
{
    public RoomSnapshot Room { get; private set; } = null!;

    public FairView Fair { get; private set; } = null!;

    /// <summary>Employers not yet invited or accepted, verified first, for the invite select.</summary>
    public IReadOnlyList<OrganisationDirectoryEntry> Invitable { get; private set; } = [];

    /// <summary>Each booth's jobs as the catalog knows them, keyed by job id.</summary>
    public IReadOnlyDictionary<string, JobView> Jobs { get; private set; } = new Dictionary<string, JobView>();

    public bool CanInvite { get; private set; }

    public bool CanPin { get; private set; }

    public bool CanReport { get; private set; }

    public FormErrors InviteErrors { get; } = new(texts, "invite-");

    public FormErrors BoothErrors { get; } = new(texts, "booths-");

    public string Me => User.PersonId()!;

    public async Task<IActionResult> OnGetAsync(string roomId) => await LoadAsync(roomId) ?? Page();

    public Task<IActionResult> OnPostInviteAsync(string roomId, string? employerId) =>
        ActAsync(roomId, InviteErrors, async fair =>
        {
            if (!OrganisationIds.IsValid(employerId))
            {
                throw FairErrors.Invalid("fair.employer_invalid", "Choose an employer.");
            }

            var invitation = await fair.InviteEmployer(Me, employerId!);
            return texts.Format("fairs.invited", invitation.EmployerName);
        });

    public Task<IActionResult> OnPostWithdrawAsync(string roomId, string employerId) =>
        ActAsync(roomId, InviteErrors, async fair =>
        {
            var name = Fair.Invitations.FirstOrDefault(invitation => invitation.EmployerId == employerId)?.EmployerName ?? employerId;
            await fair.WithdrawInvitation(Me, employerId);
            return texts.Format("fairs.withdrawn", name);
        });

    public Task<IActionResult> OnPostPinAsync(string roomId, string employerId, string? jobId) =>
        ActAsync(roomId, BoothErrors, async fair =>
        {
            var request = new PinRequest { Kind = jobId is null ? RoomPinKind.Booth : RoomPinKind.Job, EmployerId = employerId, JobId = jobId };
            await FairPinEndpoints.SendPinAsync(fair, Me, roomId, request);
            var pin = (await grains.GetGrain<IRoomGrain>(roomId).GetSnapshot()).Pin;
            return texts.Format("fairs.pinned", PinLabel(pin));
        });

    public Task<IActionResult> OnPostUnpinAsync(string roomId) =>
        ActAsync(roomId, BoothErrors, async fair =>
        {
            await fair.Unpin(Me);
            return texts["fairs.unpinned"];
        });

    /// <summary>What a pin shows, in one line: the job and its employer, or the employer.</summary>
    public static string PinLabel(RoomPin? pin) => pin switch
    {
        { Job: { } job } => job.Title + " · " + job.Booth.EmployerName,
        { Booth: { } booth } => booth.EmployerName,
        _ => "",
    };

    private async Task<IActionResult> ActAsync(string roomId, FormErrors errors, Func<IFairGrain, Task<string>> change)
    {
        if (await LoadAsync(roomId) is { } refused)
        {
            return refused;
        }

        try
        {
            TempData[StatusMessage.Key] = await change(grains.GetGrain<IFairGrain>(roomId));
        }
        catch (DomainException refusal)
        {
            FairRefusals.AddTo(errors, texts, refusal);
            return Page();
        }

        return Redirect($"/rooms/{roomId}/fair");
    }

    private async Task<IActionResult?> LoadAsync(string roomId)
    {
        if (await rooms.FindAsync(roomId) is not { } room)
        {
            return NotFound();
        }

        Room = room;
        var hostId = room.Details.HostOrganisationId;
        IReadOnlyList<OrganisationRole> roles;
        try
        {
            roles = await grains.GetGrain<IOrganisationGrain>(hostId).GetRoles(Me);
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            roles = [];
        }

        CanInvite = roles.Contains(OrganisationRole.Admin) || roles.Contains(OrganisationRole.Streamer);
        CanPin = roles.Contains(OrganisationRole.Streamer) || roles.Contains(OrganisationRole.Helper);
        CanReport = CanInvite;
        if (!CanInvite && !CanPin)
        {
            return Forbid();
        }

        Fair = await grains.GetGrain<IFairGrain>(roomId).GetView();
        var taken = Fair.Invitations
            .Where(invitation => invitation.Status != FairInvitationStatus.Declined)
            .Select(invitation => invitation.EmployerId)
            .Append(hostId)
            .ToHashSet(StringComparer.Ordinal);
        Invitable = [.. (await listing.ListAsync(kind: OrganisationKind.Employer, cancellationToken: HttpContext.RequestAborted))
            .Where(employer => !taken.Contains(employer.OrganisationId))
            .OrderByDescending(employer => employer.Verified)
            .ThenBy(employer => employer.Name, StringComparer.Ordinal)];
        var jobIds = Fair.Booths.SelectMany(booth => booth.JobIds).ToList();
        Jobs = (await jobs.GetManyAsync(jobIds, HttpContext.RequestAborted)).ToDictionary(job => job.JobId, StringComparer.Ordinal);
        return null;
    }
}
