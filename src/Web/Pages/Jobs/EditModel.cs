using LiveFair.Contracts.Common;
using LiveFair.Contracts.Jobs;
using LiveFair.Web.Identity;
using LiveFair.Web.Jobs;
using LiveFair.Web.Localization;
using LiveFair.Web.Pages.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Jobs;

/// <summary>Editing a draft or published job: the employer's admins and recruiters; the grain checks the role again.</summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class EditModel(IGrainFactory grains, JobAccess access, Texts texts) : PageModel
{
    [BindProperty]
    public JobInput Input { get; set; } = new();

    public FormErrors Errors { get; } = new(texts);

    public JobView Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string orgId, string jobId)
    {
        if (await LoadAsync(orgId, jobId) is { } refused)
        {
            return refused;
        }

        Input = JobInput.From(Job.Posting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string orgId, string jobId)
    {
        if (await LoadAsync(orgId, jobId) is { } refused)
        {
            return refused;
        }

        if (JobForm.Check(Input, ModelState, Errors, texts) is not { } posting)
        {
            return Page();
        }

        try
        {
            Job = await grains.GetGrain<IJobGrain>(jobId).Update(User.PersonId()!, posting);
        }
        catch (DomainException refusal)
        {
            JobForm.Refused(refusal, Errors, texts);
            return Page();
        }

        TempData[StatusMessage.Key] = texts.Format("jobs.list.saved_message", Job.Posting.Title);
        return Redirect($"/orgs/{orgId}/jobs");
    }

    /// <summary>Null when the form may be shown; 404 for a job that is not this organisation's (or not visible), 403 for non-posters.</summary>
    private async Task<IActionResult?> LoadAsync(string orgId, string jobId)
    {
        try
        {
            Job = await access.GetVisibleAsync(jobId, User.PersonId());
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (Job.OrganisationId != orgId)
        {
            return NotFound();
        }

        return await access.CanPostAsync(orgId, User.PersonId()) ? null : Forbid();
    }
}
