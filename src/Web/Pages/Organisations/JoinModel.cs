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
/// Where an invitation link leads: the organisation and the roles it offers, and a Join button; or, when
/// the link cannot be used by this account, why not, in words the person can act on.
/// </summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class JoinModel(IGrainFactory grains, AccountIdentities accounts, InvitationAcceptance acceptance, Texts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public OrganisationView Organisation { get; private set; } = null!;

    public OrganisationInvitation? Invitation { get; private set; }

    /// <summary>Why this account cannot join with this link, in the visitor's language; null when it can.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The person already belongs here (the link was used, or they were added another way).</summary>
    public bool AlreadyMember { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await LoadAsync(id) is { } stop)
        {
            return stop;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await LoadAsync(id) is { } stop)
        {
            return stop;
        }

        if (Refusal is not null || AlreadyMember)
        {
            return Page();
        }

        var person = (await accounts.CurrentAsync(User))!;
        try
        {
            await acceptance.JoinAsync(id, Code, person);
        }
        catch (DomainException refusal)
        {
            Refusal = FormErrors.Refusal(texts, refusal);
            return Page();
        }

        TempData[StatusMessage.Key] = texts.Format("orgs.join.joined", Organisation.Profile.Name);
        return Redirect($"/orgs/{id}/manage");
    }

    private async Task<IActionResult?> LoadAsync(string id)
    {
        var organisation = grains.GetGrain<IOrganisationGrain>(id);
        try
        {
            Organisation = await organisation.GetView();
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (await accounts.CurrentAsync(User) is not { } person)
        {
            return Challenge();
        }

        AlreadyMember = (await organisation.GetRoles(person.PersonId)).Count > 0;
        var (invitation, refused) = acceptance.Check(id, Code, person);
        Invitation = invitation;
        Refusal = refused is null ? null : FormErrors.Refusal(texts, refused);
        return null;
    }
}
