using LiveFair.Silo.Lobby;
using LiveFair.Web.Demo;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Pages;

public sealed class IndexModel(LobbyReadModel lobby, IOptions<DemoOptions> demo) : PageModel
{
    public IReadOnlyList<LobbyRoom> Rooms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rooms = await lobby.ListAsync(demo.Value.Enabled, cancellationToken);
}
