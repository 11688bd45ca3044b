using System.Net;
using System.Text.Json;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests.Fairs;

[CollectionDefinition(Name)]
public sealed class FairTestGroup : ICollectionFixture<FairsFixture>
{
    public const string Name = "Fairs";
}

/// <summary>One running LiveFair for the fair tests, and the organisations, members and jobs they start from.</summary>
public sealed class FairsFixture : IAsyncLifetime
{
    public LiveFairTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LiveFairTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["Fanout:ViewerReportInterval"] = "00:00:00.200",
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A new organisation and its founding admin, signed in.</summary>
    public async Task<TestOrganisation> OrganisationAsync(OrganisationKind kind, string? name = null)
    {
        var id = OrganisationIds.New();
        var founder = await Host.CreatePersonAsync("Admin of " + id);
        await Host.Grains.GetGrain<IOrganisationGrain>(id).Create(
            new OrganisationProfile { Kind = kind, Name = name ?? $"{kind} {id}", City = "广州" },
            founder.Identity);
        return new TestOrganisation(id, await SignedInAsync(founder));
    }

    /// <summary>A new person who joined <paramref name="organisation"/> with <paramref name="roles"/>, signed in.</summary>
    public async Task<Client> MemberAsync(TestOrganisation organisation, params OrganisationRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var person = await Host.CreatePersonAsync();
        var grain = Host.Grains.GetGrain<IOrganisationGrain>(organisation.Id);
        var invitation = await grain.Invite(organisation.Admin.Person.Id, new InvitationInput { Email = person.Email, Roles = roles });
        await grain.AcceptInvitation(invitation.Token!, person.Identity);
        return await SignedInAsync(person);
    }

    public async Task<Client> SignedInAsync(string? displayName = null) => await SignedInAsync(await Host.CreatePersonAsync(displayName));

    public async Task<Client> SignedInAsync(TestPerson person) => new(person, Host.CreateClient(await Host.SignInAsync(person)));

    /// <summary>A published job of <paramref name="employer"/>, created by its admin.</summary>
    public async Task<string> PublishedJobAsync(TestOrganisation employer, string title = "软件测试工程师", bool publish = true)
    {
        ArgumentNullException.ThrowIfNull(employer);
        var jobId = JobIds.New();
        var job = Host.Grains.GetGrain<IJobGrain>(jobId);
        await job.Create(employer.Admin.Person.Id, employer.Id, new JobPosting { Title = title, City = "深圳", Description = "读屏软件可用" });
        if (publish)
        {
            await job.Publish(employer.Admin.Person.Id);
        }

        return jobId;
    }

    /// <summary>A fair created over the API by <paramref name="creator"/> for <paramref name="host"/>; its room id.</summary>
    public static async Task<string> CreateFairAsync(Client creator, string host, string title = "2026 春季残疾人专场招聘会")
    {
        ArgumentNullException.ThrowIfNull(creator);
        using var response = await creator.PostJsonAsync("/api/fairs", FairBody(host, title));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create fair: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("roomId").GetString()!;
    }

    public static Dictionary<string, object?> FairBody(string host, string title = "2026 春季残疾人专场招聘会") => new()
    {
        ["hostOrganisationId"] = host,
        ["title"] = title,
        ["description"] = "线上直播招聘会",
        ["scheduledStart"] = DateTimeOffset.UtcNow.AddHours(1),
        ["scheduledEnd"] = DateTimeOffset.UtcNow.AddHours(4),
    };

    /// <summary>A fair of <paramref name="host"/> where <paramref name="employer"/> accepted with one published job and a recruiter.</summary>
    public async Task<(string RoomId, string JobId, Client Recruiter)> FairWithBoothAsync(TestOrganisation host, TestOrganisation employer, string jobTitle = "软件测试工程师")
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(employer);
        var roomId = await CreateFairAsync(host.Admin, host.Id);
        var jobId = await PublishedJobAsync(employer, jobTitle);
        var recruiter = await MemberAsync(employer, OrganisationRole.Recruiter);
        await Host.Grains.GetGrain<IFairGrain>(roomId).InviteEmployer(host.Admin.Person.Id, employer.Id);
        await Host.Grains.GetGrain<IFairGrain>(roomId).AcceptInvitation(employer.Admin.Person.Id, employer.Id, new BoothSetup { JobIds = [jobId], RecruiterIds = [recruiter.Person.Id] });
        return (roomId, jobId, recruiter);
    }
}

public sealed record TestOrganisation(string Id, Client Admin);

/// <summary>A person and an HTTP client carrying their session.</summary>
public sealed record Client(TestPerson Person, HttpClient Http)
{
    public Task<HttpResponseMessage> PostJsonAsync(string path, object body) => Http.PostAsync(path, LiveFairTestHost.JsonContent(body));

    public Task<HttpResponseMessage> PutJsonAsync(string path, object body) => Http.PutAsync(path, LiveFairTestHost.JsonContent(body));
}
