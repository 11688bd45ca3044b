using LiveFair.Contracts.Common;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Identity;
using LiveFair.Web.Jobs;
using LiveFair.Web.Localization;
using LiveFair.Web.Pages.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Jobs;

/// <summary>
/// An employer's jobs: every status with publish and close buttons for its admins and recruiters, only the
/// published ones for everyone else. Each button posts to the job grain with the signed-in person as actor.
/// </summary>
public sealed class ListModel(IGrainFactory grains, JobAccess access, Texts texts) : PageModel
{
    public OrganisationView Organisation { get; private set; } = null!;

    public IReadOnlyList<JobView> Jobs { get; private set; } = [];

    public bool CanPost { get; private set; }

    public FormErrors Errors { get; } = new(texts);

    public async Task<IActionResult> OnGetAsync(string orgId) => await LoadAsync(orgId) ?? Page();

    public Task<IActionResult> OnPostPublishAsync(string orgId, string jobId) =>
        ActAsync(orgId, jobId, async job => texts.Format("jobs.list.published_message", (await job.Publish(User.PersonId()!)).Posting.Title));

    public Task<IActionResult> OnPostCloseAsync(string orgId, string jobId) =>
        ActAsync(orgId, jobId, async job => texts.Format("jobs.list.closed_message", (await job.Close(User.PersonId()!)).Posting.Title));

    private async Task<IActionResult> ActAsync(string orgId, string jobId, Func<IJobGrain, Task<string>> change)
    {
        if (User.PersonId() is null)
        {
            return Challenge();
        }

        if (await LoadAsync(orgId) is { } refused)
        {
            return refused;
        }

        // Only jobs listed here: a made-up id or another employer's job is not acted on through this page.
        if (!JobIds.IsValid(jobId) || Jobs.All(job => job.JobId != jobId))
        {
            return NotFound();
        }

        try
        {
            TempData[StatusMessage.Key] = await change(grains.GetGrain<IJobGrain>(jobId));
        }
        catch (DomainException refusal)
        {
            Errors.Add(refusal);
            return Page();
        }

        return Redirect($"/orgs/{orgId}/jobs");
    }

    private async Task<IActionResult?> LoadAsync(string orgId)
    {
        try
        {
            Organisation = await grains.GetGrain<IOrganisationGrain>(orgId).GetView();
            Jobs = await access.ListAsync(orgId, User.PersonId(), HttpContext.RequestAborted);
            CanPost = Organisation.Profile.Kind == OrganisationKind.Employer && await access.CanPostAsync(orgId, User.PersonId());
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        return null;
    }
}
