using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Jobs;
using LiveFair.Silo.Lobby;
using LiveFair.Web.Fairs;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Pages.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Fairs;

/// <summary>
/// An organisation's fairs, for its members: the fairs it hosts (with a link to create one), and for an employer
/// the fairs that invited it, answered here. Accepting opens a form choosing the booth's published jobs and
/// recruiters. The fair grain decides every answer; this page only offers what the roles suggest.
/// </summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class OrganisationFairsModel(IGrainFactory grains, EmployerFairs fairs, FairRooms rooms, JobCatalog jobs, Texts texts) : PageModel
{
    public OrganisationView Organisation { get; private set; } = null!;

    public IReadOnlyList<LobbyRoom> Hosted { get; private set; } = [];

    public IReadOnlyList<EmployerFairInvitation> Invitations { get; private set; } = [];

    public bool CanHost { get; private set; }

    public bool CanCreate { get; private set; }

    public bool CanAnswer { get; private set; }

    /// <summary>The invitation being accepted, when the accept form is open.</summary>
    public EmployerFairInvitation? Accepting { get; private set; }

    public IReadOnlyList<JobView> PublishedJobs { get; private set; } = [];

    public IReadOnlyList<OrganisationMember> Recruiters { get; private set; } = [];

    [BindProperty]
    public List<string> JobIds { get; set; } = [];

    [BindProperty]
    public List<string> RecruiterIds { get; set; } = [];

    public FormErrors Errors { get; } = new(texts, "invitations-");

    public FormErrors AcceptErrors { get; } = new(texts, "accept-");

    private string Me => User.PersonId()!;

    public async Task<IActionResult> OnGetAsync(string id, string? accept)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (accept is not null && CanAnswer)
        {
            await OpenAcceptAsync(accept);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(string id, string roomId)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        var title = Invitations.FirstOrDefault(invitation => invitation.RoomId == roomId)?.Title ?? roomId;
        try
        {
            await rooms.RequireAsync(roomId);
            var setup = new BoothSetup { JobIds = JobIds, RecruiterIds = RecruiterIds };
            await grains.GetGrain<IFairGrain>(roomId).AcceptInvitation(Me, id, setup);
        }
        catch (DomainException refusal)
        {
            FairRefusals.AddTo(AcceptErrors, texts, refusal);
            await OpenAcceptAsync(roomId);
            return Page();
        }

        TempData[StatusMessage.Key] = texts.Format("fairs.accepted", title);
        return Redirect($"/orgs/{id}/fairs");
    }

    public async Task<IActionResult> OnPostDeclineAsync(string id, string roomId)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        var title = Invitations.FirstOrDefault(invitation => invitation.RoomId == roomId)?.Title ?? roomId;
        try
        {
            await rooms.RequireAsync(roomId);
            await grains.GetGrain<IFairGrain>(roomId).DeclineInvitation(Me, id);
        }
        catch (DomainException refusal)
        {
            FairRefusals.AddTo(Errors, texts, refusal);
            return Page();
        }

        TempData[StatusMessage.Key] = texts.Format("fairs.declined", title);
        return Redirect($"/orgs/{id}/fairs");
    }

    private async Task OpenAcceptAsync(string roomId)
    {
        Accepting = Invitations.FirstOrDefault(invitation => invitation.RoomId == roomId && invitation.Status == FairInvitationStatus.Invited);
        if (Accepting is null)
        {
            return;
        }

        var organisationId = Organisation.OrganisationId;
        PublishedJobs = await jobs.ListByOrganisationAsync(organisationId, JobStatus.Published, HttpContext.RequestAborted);
        Recruiters = [.. (await grains.GetGrain<IOrganisationGrain>(organisationId).GetMembers(Me))
            .Where(member => member.Roles.Contains(OrganisationRole.Recruiter))];
    }

    private async Task<IActionResult?> LoadAsync(string id)
    {
        var organisation = grains.GetGrain<IOrganisationGrain>(id);
        IReadOnlyList<OrganisationRole> roles;
        try
        {
            Organisation = await organisation.GetView();
            roles = await organisation.GetRoles(Me);
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (roles.Count == 0)
        {
            return Forbid();
        }

        var kind = Organisation.Profile.Kind;
        CanHost = kind is OrganisationKind.Employer or OrganisationKind.ServiceOrganisation;
        CanCreate = CanHost && (roles.Contains(OrganisationRole.Admin) || roles.Contains(OrganisationRole.Streamer));
        CanAnswer = kind == OrganisationKind.Employer && (roles.Contains(OrganisationRole.Admin) || roles.Contains(OrganisationRole.Recruiter));
        Hosted = CanHost ? await fairs.HostedAsync(id, HttpContext.RequestAborted) : [];
        Invitations = kind == OrganisationKind.Employer ? await fairs.InvitationsAsync(id, Me, HttpContext.RequestAborted) : [];
        return null;
    }
}
