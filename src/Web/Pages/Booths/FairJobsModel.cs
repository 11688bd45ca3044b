using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Booths;
using LiveFair.Web.Identity;
using LiveFair.Web.Rooms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Booths;

/// <summary>
/// A fair's booths and jobs. Signed in, the jobs come ordered by how well they fit the seeker's own profile,
/// with the reasons; the page is drawn for them alone and never cached.
/// </summary>
public sealed class FairJobsModel(RoomDirectory directory, FairJobs fairJobs, FairRecommendations recommendations) : PageModel
{
    public RoomSnapshot Room { get; private set; } = null!;

    public IReadOnlyList<JobRecommendation> Jobs { get; private set; } = [];

    public bool Personal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string roomId)
    {
        if (await directory.GetVisibleAsync(roomId) is not { Details.Kind: RoomKind.JobFair } room)
        {
            return NotFound();
        }

        Room = room;
        try
        {
            if (User.PersonId() is { } personId)
            {
                Personal = true;
                Jobs = await recommendations.ForAsync(room.RoomId, personId);
                Response.Headers.CacheControl = "no-store";
            }
            else
            {
                Jobs = [.. (await fairJobs.ListAsync(room.RoomId)).Select(job => new JobRecommendation(job, 0, []))];
            }
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            // A fair room nobody has invited employers to yet has no fair record: it simply has no jobs.
            Jobs = [];
        }

        return Page();
    }
}
