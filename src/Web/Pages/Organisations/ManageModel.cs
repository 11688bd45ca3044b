using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Organisations;

/// <summary>
/// Admins edit the profile, members and invitations; other members see who is in it and may leave;
/// everyone else is refused. Every change goes to the organisation grain with the signed-in person as the
/// actor, so the grain, not this page, decides what is allowed.
/// </summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class ManageModel(
    IGrainFactory grains,
    InvitationCodes codes,
    InvitationLinks links,
    InvitationMail mail,
    OrganisationAudit audit,
    Texts texts) : PageModel
{
    public OrganisationView Organisation { get; private set; } = null!;

    public IReadOnlyList<OrganisationMember> Members { get; private set; } = [];

    public IReadOnlyList<OrganisationInvitation> Invitations { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    public string Me => User.PersonId()!;

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    [BindProperty]
    public InvitationRequest Invitation { get; set; } = new();

    public FormErrors ProfileErrors { get; } = new(texts, "profile-");

    public FormErrors InviteErrors { get; } = new(texts, "invite-");

    public FormErrors MemberErrors { get; } = new(texts, "members-");

    /// <summary>The member whose removal (or, for oneself, leaving) waits to be confirmed.</summary>
    public OrganisationMember? PendingRemoval { get; private set; }

    public NewInvitation? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? remove)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        PendingRemoval = Members.FirstOrDefault(member => member.Person.PersonId == remove && (IsAdmin || remove == Me));
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync(string id)
    {
        if (await LoadAsync(id, keepPostedProfile: true) is { } refused)
        {
            return refused;
        }

        // The kind is fixed once created; the form does not offer it.
        Input.Kind = Organisation.Profile.Kind;
        var errors = OrganisationRules.Validate(Input, out var profile);
        if (errors.Count > 0)
        {
            ProfileErrors.Add(errors);
            return Page();
        }

        return await ActAsync(
            ProfileErrors,
            async organisation =>
            {
                await organisation.UpdateProfile(Me, profile!);
                audit.ProfileUpdated(id, Me);
                return texts["orgs.manage.profile_saved"];
            });
    }

    public async Task<IActionResult> OnPostInviteAsync(string id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        var errors = MembershipRules.Validate(Invitation, out var input);
        if (errors.Count > 0)
        {
            InviteErrors.Add(errors);
            return Page();
        }

        OrganisationInvitation invitation;
        try
        {
            invitation = await grains.GetGrain<IOrganisationGrain>(id).Invite(Me, input!);
        }
        catch (DomainException refusal)
        {
            InviteErrors.Add(refusal);
            return Page();
        }

        audit.Invited(id, invitation.InvitationId, Me);
        var code = codes.Create(invitation);
        var mailed = mail.TryQueue(Organisation.Profile.Name, invitation, code);
        Created = new NewInvitation(invitation.Email, links.ForAdmin(Request, id, code).AbsoluteUri, invitation.ExpiresAt, mailed);
        Invitation = new InvitationRequest();

        // The link is a secret shown once: no cache may keep the page, and a reload must not repeat the post.
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(id, keepPostedProfile: false);
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, string personId, List<OrganisationRole>? roles)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        var errors = MembershipRules.Validate(new RolesRequest { Roles = roles }, out var valid);
        if (errors.Count > 0)
        {
            MemberErrors.Add(errors, MemberIdPrefix(personId));
            return Page();
        }

        return await ActAsync(
            MemberErrors,
            async organisation =>
            {
                var member = await organisation.SetRoles(Me, personId, valid);
                audit.RolesChanged(id, personId, Me);
                return texts.Format("orgs.manage.roles_saved", member.Person.DisplayName);
            });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, string personId)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        var name = Members.FirstOrDefault(member => member.Person.PersonId == personId)?.Person.DisplayName ?? "";
        try
        {
            await grains.GetGrain<IOrganisationGrain>(id).RemoveMember(Me, personId);
        }
        catch (DomainException refusal)
        {
            MemberErrors.Add(refusal);
            return Page();
        }

        audit.MemberRemoved(id, personId, Me);
        if (personId == Me)
        {
            TempData[StatusMessage.Key] = texts.Format("orgs.left", Organisation.Profile.Name);
            return Redirect("/orgs");
        }

        TempData[StatusMessage.Key] = texts.Format("orgs.manage.removed", name);
        return Redirect($"/orgs/{id}/manage#members");
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, string invitationId)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        var email = Invitations.FirstOrDefault(invitation => invitation.InvitationId == invitationId)?.Email ?? "";
        return await ActAsync(
            InviteErrors,
            async organisation =>
            {
                await organisation.RevokeInvitation(Me, invitationId);
                audit.InvitationRevoked(id, invitationId, Me);
                return texts.Format("orgs.manage.revoked", email);
            });
    }

    /// <summary>Runs one change; on success redirects back with a message, on refusal shows it in <paramref name="errors"/>.</summary>
    private async Task<IActionResult> ActAsync(FormErrors errors, Func<IOrganisationGrain, Task<string>> change)
    {
        try
        {
            TempData[StatusMessage.Key] = await change(grains.GetGrain<IOrganisationGrain>(Organisation.OrganisationId));
        }
        catch (DomainException refusal)
        {
            errors.Add(refusal);
            return Page();
        }

        return Redirect($"/orgs/{Organisation.OrganisationId}/manage");
    }

    /// <summary>Ids of one member row's controls start with this.</summary>
    public static string MemberIdPrefix(string personId) => "member-" + personId + "-";

    /// <summary>
    /// Null when the page may be shown; otherwise 404 (no such organisation) or 403 (not a member). The profile
    /// form shows the stored profile unless it is the form being posted back with errors.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(string id, bool keepPostedProfile = false)
    {
        var organisation = grains.GetGrain<IOrganisationGrain>(id);
        try
        {
            Organisation = await organisation.GetView();
            IsAdmin = (await organisation.GetRoles(Me)).Contains(OrganisationRole.Admin);
            Members = await organisation.GetMembers(Me);
            Invitations = IsAdmin ? await organisation.GetInvitations(Me) : [];
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.Forbidden)
        {
            return Forbid();
        }

        if (!keepPostedProfile)
        {
            Input = OrganisationInput.From(Organisation.Profile);
        }

        return null;
    }
}
