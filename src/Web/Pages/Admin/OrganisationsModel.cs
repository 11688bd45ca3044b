using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Organisations;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Organisations;
using LiveFair.Web.Pages.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Admin;

/// <summary>Platform admins verify organisations; the ones waiting come first.</summary>
[Authorize(Policy = RoomPolicies.PlatformAdmin)]
public sealed class OrganisationsModel(OrganisationListing listing, IGrainFactory grains, OrganisationAudit audit, Texts texts) : PageModel
{
    public IReadOnlyList<OrganisationDirectoryEntry> Unverified { get; private set; } = [];

    public IReadOnlyList<OrganisationDirectoryEntry> Verified { get; private set; } = [];

    public FormErrors Errors { get; } = new(texts);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string organisationId, bool verified, CancellationToken cancellationToken)
    {
        if (!OrganisationIds.IsValid(organisationId))
        {
            return NotFound();
        }

        var admin = User.PersonId()!;
        OrganisationView view;
        try
        {
            view = await grains.GetGrain<IOrganisationGrain>(organisationId).SetVerified(verified, admin);
        }
        catch (DomainException refusal)
        {
            Errors.Add(refusal);
            await LoadAsync(cancellationToken);
            return Page();
        }

        audit.VerificationSet(organisationId, verified, admin);
        TempData[StatusMessage.Key] = texts.Format(verified ? "admin.orgs.done_verified" : "admin.orgs.done_unverified", view.Profile.Name);
        return Redirect("/admin/organisations");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await listing.ListAsync(cancellationToken: cancellationToken);
        Unverified = [.. all.Where(entry => !entry.Verified)];
        Verified = [.. all.Where(entry => entry.Verified)];
    }
}
