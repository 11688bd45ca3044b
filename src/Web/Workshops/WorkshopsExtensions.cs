namespace LiveFair.Web.Workshops;

public static class WorkshopsExtensions
{
    public static WebApplicationBuilder AddLiveFairWorkshops(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WorkshopAccess>();
        builder.Services.AddSingleton<MakerPhotos>();
        return builder;
    }
}
