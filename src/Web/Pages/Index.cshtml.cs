using LiveFair.Silo.Lobby;
using LiveFair.Web.Demo;
using LiveFair.Web.Organisations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Pages;

public sealed class IndexModel(LobbyReadModel lobby, OrganisationListing organisations, IOptions<DemoOptions> demo) : PageModel
{
    public IReadOnlyList<LobbyRoom> Rooms { get; private set; } = [];

    /// <summary>Hosts to mark as verified: one directory query for the whole lobby, not one call per room.</summary>
    public IReadOnlySet<string> VerifiedHosts { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rooms = await lobby.ListAsync(demo.Value.Enabled, cancellationToken);
        VerifiedHosts = await organisations.VerifiedIdsAsync(cancellationToken);
    }
}
