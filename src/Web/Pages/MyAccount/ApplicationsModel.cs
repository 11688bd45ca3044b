using LiveFair.Contracts.Fairs;
using LiveFair.Web.Booths;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.MyAccount;

/// <summary>The seeker's applications with what became of each; never the employer's private note.</summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class ApplicationsModel(MyApplications applications) : PageModel
{
    public IReadOnlyList<ApplicationView> Applications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Applications = await applications.ListAsync(User.PersonId()!, cancellationToken);
    }
}
