using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Organisations;

/// <summary>The public profile: what an applicant or viewer may know about an organisation.</summary>
public sealed class ProfileModel(IGrainFactory grains) : PageModel
{
    public OrganisationView Organisation { get; private set; } = null!;

    public bool IsMember { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        try
        {
            Organisation = await grains.GetGrain<IOrganisationGrain>(id).GetView();
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        IsMember = User.OrganisationsWith(Enum.GetValues<OrganisationRole>()).Contains(id);
        return Page();
    }
}
