using LiveFair.Contracts.Common;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Identity;
using LiveFair.Web.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Jobs;

/// <summary>
/// A job as an applicant reads it: every fact in words, with the employer's workplace accessibility and
/// verification. Drafts and closed jobs show only to the employer's members; to others they do not exist.
/// </summary>
public sealed class JobModel(IGrainFactory grains, JobAccess access) : PageModel
{
    public JobView Job { get; private set; } = null!;

    public OrganisationView Employer { get; private set; } = null!;

    public bool CanPost { get; private set; }

    public async Task<IActionResult> OnGetAsync(string jobId)
    {
        try
        {
            Job = await access.GetVisibleAsync(jobId, User.PersonId());
            Employer = await grains.GetGrain<IOrganisationGrain>(Job.OrganisationId).GetView();
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        CanPost = await access.CanPostAsync(Job.OrganisationId, User.PersonId());
        return Page();
    }
}
