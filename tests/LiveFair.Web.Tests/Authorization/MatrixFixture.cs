using System.Net;
using LiveFair.Contracts.Organisations;
using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests.Authorization;

/// <summary>One host with a person in every role of the matrix, signed in.</summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    public const string OrgA = "org-matrix-a";
    public const string OrgB = "org-matrix-b";

    private readonly Dictionary<Role, CookieContainer?> _cookies = [];

    public LiveFairTestHost Host { get; private set; } = null!;

    public TestPerson AdminA { get; private set; } = null!;

    public CookieContainer? CookiesOf(Role role) => _cookies[role];

    public async Task InitializeAsync()
    {
        Host = await LiveFairTestHost.StartAsync();
        AdminA = await Host.FounderOfAsync(OrgA, OrganisationKind.Employer);
        await Host.FounderOfAsync(OrgB, OrganisationKind.Employer);
        _cookies[Role.Anonymous] = null;
        _cookies[Role.Seeker] = await Host.SignInAsync(await Host.CreatePersonAsync());
        _cookies[Role.RecruiterA] = await Host.SignInAsync(await Host.CreateMemberAsync(OrgA, OrganisationRole.Recruiter));
        _cookies[Role.RecruiterB] = await Host.SignInAsync(await Host.CreateMemberAsync(OrgB, OrganisationRole.Recruiter));
        _cookies[Role.StreamerA] = await Host.SignInAsync(await Host.CreateMemberAsync(OrgA, OrganisationRole.Streamer));
        _cookies[Role.HelperA] = await Host.SignInAsync(await Host.CreateMemberAsync(OrgA, OrganisationRole.Helper));
        _cookies[Role.AdminA] = await Host.SignInAsync(AdminA);
        _cookies[Role.PlatformAdmin] = await Host.SignInAsync(await Host.CreatePlatformAdminAsync());
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
