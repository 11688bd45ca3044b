using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Organisations;

[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class NewModel(AccountIdentities accounts, IGrainFactory grains, OrganisationAudit audit, Texts texts) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public FormErrors Errors { get; } = new(texts);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.DropEmployerFieldsUnlessEmployer();
        var errors = OrganisationRules.Validate(Input, out var profile);
        if (errors.Count > 0)
        {
            Errors.Add(errors);
            return Page();
        }

        if (await accounts.CurrentAsync(User) is not { } creator)
        {
            return Challenge();
        }

        var id = OrganisationIds.New();
        try
        {
            await grains.GetGrain<IOrganisationGrain>(id).Create(profile!, creator);
        }
        catch (DomainException refusal)
        {
            Errors.Add(refusal);
            return Page();
        }

        audit.Created(id, creator.PersonId);
        return Redirect($"/orgs/{id}/manage");
    }
}
