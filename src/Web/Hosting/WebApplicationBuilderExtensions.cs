using System.Text.Json.Serialization;
using LiveFair.Web.Booths;
using LiveFair.Web.Demo;
using LiveFair.Web.Errors;
using LiveFair.Web.Fairs;
using LiveFair.Web.Identity;
using LiveFair.Web.Jobs;
using LiveFair.Web.Localization;
using LiveFair.Web.Mail;
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

public static class WebApplicationBuilderExtensions
{
    /// <summary>Registers every LiveFair feature; each feature folder owns its own registration.</summary>
    public static WebApplicationBuilder AddLiveFair(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEmbeddedSilo();
        builder.AddLiveFairErrors();
        builder.AddLiveFairSecurity();
        builder.AddLiveFairLocalization();
        builder.AddLiveFairMail();
        builder.AddLiveFairIdentity();
        builder.AddLiveFairPeople();
        builder.AddLiveFairRooms();
        builder.AddLiveFairOrganisations();
        builder.AddLiveFairJobs();
        builder.AddLiveFairBooths();
        builder.AddLiveFairFairs();
        builder.AddLiveFairMedia();
        builder.AddLiveFairWorkshops();
        builder.AddLiveFairProducts();
        builder.AddLiveFairOrders();
        builder.AddLiveFairObservability();
        builder.AddLiveFairDemo();

        builder.Services.AddRazorPages();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }
}
