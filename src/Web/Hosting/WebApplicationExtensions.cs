using LiveFair.Web.Booths;
using LiveFair.Web.Errors;
using LiveFair.Web.Fairs;
using LiveFair.Web.Identity;
using LiveFair.Web.Jobs;
using LiveFair.Web.Lobby;
using LiveFair.Web.Localization;
using LiveFair.Web.Media;
using LiveFair.Web.Observability;
using LiveFair.Web.Orders;
using LiveFair.Web.Organisations;
using LiveFair.Web.People;
using LiveFair.Web.Products;
using LiveFair.Web.Rooms;
using LiveFair.Web.Security;
using LiveFair.Web.Workshops;

namespace LiveFair.Web.Hosting;

public static class WebApplicationExtensions
{
    public static WebApplication UseLiveFair(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();

        // Before the status pages: a re-executed error page keeps the language of the original request.
        app.UseLiveFairLocalization();
        app.UseLiveFairStatusPages();
        app.UseLiveFairSecurityHeaders();
        app.UseLiveFairHubOriginCheck();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi();
        app.MapLiveFairHealth();
        app.MapLanguageEndpoints();
        app.MapAccountEndpoints();
        app.MapLobbyEndpoints();
        app.MapPeopleEndpoints();
        app.MapRoomEndpoints();
        app.MapOrganisationEndpoints();
        app.MapJobEndpoints();
        app.MapBoothEndpoints();
        app.MapFairEndpoints();
        app.MapMediaEndpoints();
        app.MapMakerEndpoints();
        app.MapProductEndpoints();
        app.MapLiveFairOrders();
        app.MapRazorPages();
        return app;
    }
}
