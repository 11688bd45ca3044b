using LiveFair.Contracts.Common;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Identity;
using LiveFair.Web.Jobs;
using LiveFair.Web.Localization;
using LiveFair.Web.Pages.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Jobs;

/// <summary>Drafting a job: the employer's admins and recruiters; the grain checks the role again.</summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class NewModel(IGrainFactory grains, JobAccess access, Texts texts) : PageModel
{
    [BindProperty]
    public JobInput Input { get; set; } = new();

    public FormErrors Errors { get; } = new(texts);

    public OrganisationView Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string orgId) => await LoadAsync(orgId) ?? Page();

    public async Task<IActionResult> OnPostAsync(string orgId)
    {
        if (await LoadAsync(orgId) is { } refused)
        {
            return refused;
        }

        if (JobForm.Check(Input, ModelState, Errors, texts) is not { } posting)
        {
            return Page();
        }

        JobView job;
        try
        {
            job = await grains.GetGrain<IJobGrain>(JobIds.New()).Create(User.PersonId()!, orgId, posting);
        }
        catch (DomainException refusal)
        {
            JobForm.Refused(refusal, Errors, texts);
            return Page();
        }

        TempData[StatusMessage.Key] = texts.Format("jobs.list.saved_message", job.Posting.Title);
        return Redirect($"/orgs/{orgId}/jobs");
    }

    /// <summary>Null when the form may be shown; 404 for an unknown organisation, 403 for anyone who may not post here.</summary>
    private async Task<IActionResult?> LoadAsync(string orgId)
    {
        try
        {
            Organisation = await grains.GetGrain<IOrganisationGrain>(orgId).GetView();
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        return await access.CanPostAsync(orgId, User.PersonId()) ? null : Forbid();
    }
}
