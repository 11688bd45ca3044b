namespace LiveFair.Web.People;

public static class PeopleExtensions
{
    public static WebApplicationBuilder AddLiveFairPeople(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<AccountErasure>();
        services.AddSingleton<IPersonalDataHolder, ChatPersonalData>();
        services.AddSingleton<IPersonalDataHolder, OrganisationPersonalData>();
        return builder;
    }
}
