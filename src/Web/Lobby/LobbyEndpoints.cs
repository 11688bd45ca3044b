using LiveFair.Silo.Lobby;
using LiveFair.Web.Demo;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Lobby;

public static class LobbyEndpoints
{
    public static WebApplication MapLobbyEndpoints(this WebApplication app)
    {
        app.MapGet("/api/rooms", async (LobbyReadModel lobby, IOptions<DemoOptions> demo, CancellationToken cancellationToken) =>
                TypedResults.Ok(await lobby.ListAsync(demo.Value.Enabled, cancellationToken)))
            .WithName("ListRooms")
            .WithTags("Lobby")
            .WithSummary("Every room: live first, then upcoming, then ended");
        return app;
    }
}
