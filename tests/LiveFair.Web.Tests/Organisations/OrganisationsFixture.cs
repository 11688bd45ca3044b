using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Organisations;
using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

[CollectionDefinition(Name)]
public sealed class OrganisationTestGroup : ICollectionFixture<OrganisationsFixture>
{
    public const string Name = "Organisations";
}

/// <summary>
/// One running LiveFair for the organisation tests, and the steps they share: people signed in over the
/// API, organisations created and joined through the public endpoints, never behind their back.
/// </summary>
public sealed class OrganisationsFixture : IAsyncLifetime
{
    public LiveFairTestHost Host { get; private set; } = null!;

    /// <summary>Everything the host logged, for the mail the log sender "sends" and for what must never be logged.</summary>
    public LogCapture Logs { get; } = new();

    public async Task InitializeAsync() => Host = await LiveFairTestHost.StartAsync(logs: Logs);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public async Task<SignedIn> SignedInAsync(string? displayName = null)
    {
        var person = await Host.CreatePersonAsync(displayName);
        return new SignedIn(person, Host.CreateClient(await Host.SignInAsync(person)));
    }

    public async Task<SignedIn> PlatformAdminAsync()
    {
        var person = await Host.CreatePlatformAdminAsync();
        return new SignedIn(person, Host.CreateClient(await Host.SignInAsync(person)));
    }

    public static object Employer(string name = "珠江测试科技") => new
    {
        kind = "Employer",
        name,
        city = "深圳",
        description = "软件测试岗位",
        industry = "信息技术",
        size = "From20To99",
        accessibilityFacts = new[] { "Lift", "StepFreeEntrance" },
    };

    public static object Workshop(string name = "阳光测试工坊") => new { kind = "Workshop", name, city = "成都", description = "手工刺绣" };

    /// <summary>A new organisation created over the API by <paramref name="admin"/>; its id.</summary>
    public static async Task<string> CreateAsync(SignedIn admin, object? profile = null)
    {
        ArgumentNullException.ThrowIfNull(admin);
        using var response = await admin.Http.PostAsJsonAsync("/api/orgs", profile ?? Employer());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("organisationId").GetString()!;
    }

    /// <summary>An invitation made over the API by <paramref name="admin"/>: its code, link and id.</summary>
    public static async Task<(string Token, string Link, string InvitationId)> InviteAsync(SignedIn admin, string organisationId, string email, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(admin);
        using var response = await admin.Http.PostAsJsonAsync($"/api/orgs/{organisationId}/invitations", new { email, roles });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"invite: {(int)response.StatusCode} {body}");
        var root = JsonDocument.Parse(body).RootElement;
        return (root.GetProperty("token").GetString()!, root.GetProperty("link").GetString()!, root.GetProperty("invitationId").GetString()!);
    }

    /// <summary>A new person, signed in, who joined <paramref name="organisationId"/> with <paramref name="roles"/> by invitation.</summary>
    public async Task<SignedIn> MemberAsync(SignedIn admin, string organisationId, params string[] roles)
    {
        var member = await SignedInAsync();
        var (token, _, _) = await InviteAsync(admin, organisationId, member.Person.Email, roles);
        using var joined = await member.Http.PostAsJsonAsync($"/api/orgs/{organisationId}/join", new { token });
        Assert.True(joined.StatusCode == HttpStatusCode.OK, $"join: {(int)joined.StatusCode} {await joined.Content.ReadAsStringAsync()}");
        return member;
    }

    public IOrganisationGrain Grain(string organisationId) => Host.Grains.GetGrain<IOrganisationGrain>(organisationId);

    /// <summary>Fails unless the organisation is exactly as it was (same version, same profile and verification).</summary>
    public async Task AssertUnchangedAsync(string organisationId, OrganisationView before)
    {
        var after = await Grain(organisationId).GetView();
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
    }
}

/// <summary>A person and an HTTP client carrying their session.</summary>
public sealed record SignedIn(TestPerson Person, HttpClient Http) : IDisposable
{
    public void Dispose() => Http.Dispose();
}
