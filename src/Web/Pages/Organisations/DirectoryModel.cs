using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
using LiveFair.Silo.Organisations;
using LiveFair.Web.Identity;
using LiveFair.Web.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Organisations;

/// <summary>The visitor's own organisations with their roles (when signed in), and the public directory.</summary>
public sealed class DirectoryModel(OrganisationListing listing, IGrainFactory grains) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public OrganisationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool VerifiedOnly { get; set; }

    public IReadOnlyList<OrganisationMembership> Mine { get; private set; } = [];

    public IReadOnlyList<OrganisationDirectoryEntry> Directory { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.PersonId() is { } personId)
        {
            Mine = (await grains.GetGrain<IPersonGrain>(personId).GetAccess()).Memberships;
        }

        var kind = Kind is { } chosen && Enum.IsDefined(chosen) ? chosen : (OrganisationKind?)null;
        Directory = await listing.ListAsync(VerifiedOnly ? true : null, kind, cancellationToken);
    }
}
