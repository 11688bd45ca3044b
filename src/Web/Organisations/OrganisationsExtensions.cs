namespace LiveFair.Web.Organisations;

public static class OrganisationsExtensions
{
    public static WebApplicationBuilder AddLiveFairOrganisations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<OrganisationIdRouteConstraint>(OrganisationIdRouteConstraint.Name));
        services.AddSingleton<OrganisationAudit>();
        services.AddSingleton<OrganisationListing>();
        services.AddSingleton<InvitationCodes>();
        services.AddSingleton<InvitationLinks>();
        services.AddSingleton<InvitationMail>();
        services.AddSingleton<InvitationAcceptance>();
        services.AddScoped<AccountIdentities>();
        return builder;
    }

    public static WebApplication MapOrganisationEndpoints(this WebApplication app)
    {
        app.MapGroup("/api/orgs")
            .WithTags("Organisations")
            .MapOrganisationProfiles()
            .MapOrganisationMembers()
            .MapOrganisationInvitations();
        app.MapOrganisationVerification();
        return app;
    }
}
