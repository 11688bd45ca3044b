using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;

namespace LiveFair.Web.Rooms;

public static class RoomsExtensions
{
    public static WebApplicationBuilder AddLiveFairRooms(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<RoomFanoutOptions>(builder.Configuration.GetSection(RoomFanoutOptions.SectionName));
        services.AddSingleton<RoomDirectory>();
        services.AddSingleton<RoomStaffAccess>();
        services.AddSingleton<ClosedConnections>();
        services.AddSingleton<RoomFanout>();
        services.AddHostedService(sp => sp.GetRequiredService<RoomFanout>());
        services.Configure<Booths.BoothFanoutOptions>(builder.Configuration.GetSection(Booths.BoothFanoutOptions.SectionName));
        services.AddSingleton<Booths.BoothFanout>();
        services.AddHostedService(sp => sp.GetRequiredService<Booths.BoothFanout>());

        services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = 16 * 1024;
                options.AddFilter<DomainErrorHubFilter>();
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddMessagePackProtocol();
        return builder;
    }

    public static WebApplication MapRoomEndpoints(this WebApplication app)
    {
        app.MapHub<RoomHub>(RoomHub.Path, options => options.AllowStatefulReconnects = true);
        app.MapCaptionIngest();
        app.MapTranscriptDownloads();
        return app;
    }
}
