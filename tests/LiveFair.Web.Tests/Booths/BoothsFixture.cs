using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests.Booths;

[CollectionDefinition(Name)]
public sealed class BoothTestGroup : ICollectionFixture<BoothsFixture>
{
    public const string Name = "Booths";
}

/// <summary>
/// One running LiveFair for the booth API tests: an employer with an admin, two recruiters, two published jobs
/// and a draft; another employer with its own recruiter; a host organisation. Each test opens its own fair
/// (<see cref="NewBoothAsync"/>) so queues never leak from one test into another.
/// </summary>
public sealed class BoothsFixture : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public LiveFairTestHost Host { get; private set; } = null!;

    public string EmployerId { get; } = "org-boothemp-" + Guid.NewGuid().ToString("N")[..6];

    public string OtherEmployerId { get; } = "org-otheremp-" + Guid.NewGuid().ToString("N")[..6];

    public string HostOrganisationId { get; } = "org-fairhost-" + Guid.NewGuid().ToString("N")[..6];

    public TestPerson EmployerAdmin { get; private set; } = null!;

    public TestPerson Recruiter { get; private set; } = null!;

    public TestPerson SecondRecruiter { get; private set; } = null!;

    public TestPerson OtherRecruiter { get; private set; } = null!;

    public TestPerson OtherAdmin { get; private set; } = null!;

    public TestPerson FairHost { get; private set; } = null!;

    /// <summary>Published jobs of the employer, in every booth <see cref="NewBoothAsync"/> opens.</summary>
    public IReadOnlyList<string> PublishedJobIds { get; private set; } = [];

    /// <summary>A job of the employer that was never published.</summary>
    public string DraftJobId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Host = await LiveFairTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Booths:SweepInterval"] = "00:00:00.200",
        });
        EmployerAdmin = await Host.FounderOfAsync(EmployerId, OrganisationKind.Employer);
        Recruiter = await Host.CreateMemberAsync(EmployerId, OrganisationRole.Recruiter);
        SecondRecruiter = await Host.CreateMemberAsync(EmployerId, OrganisationRole.Recruiter);
        OtherAdmin = await Host.FounderOfAsync(OtherEmployerId, OrganisationKind.Employer);
        OtherRecruiter = await Host.CreateMemberAsync(OtherEmployerId, OrganisationRole.Recruiter);
        FairHost = await Host.FounderOfAsync(HostOrganisationId);
        PublishedJobIds = [await CreateJobAsync("软件测试员", publish: true), await CreateJobAsync("客服专员", publish: true)];
        DraftJobId = await CreateJobAsync("草稿岗位", publish: false);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public Task<string> CreateJobAsync(string title, bool publish) =>
        CreateJobAsync(new JobPosting { Title = title, City = "广州", Description = "岗位说明" }, publish);

    public async Task<string> CreateJobAsync(JobPosting posting, bool publish)
    {
        var jobId = JobIds.New();
        var job = Host.Grains.GetGrain<IJobGrain>(jobId);
        var actor = EmployerAdmin.Id;
        await job.Create(actor, EmployerId, posting);
        if (publish)
        {
            await job.Publish(actor);
        }

        return jobId;
    }

    /// <summary>A new live fair where the employer accepted with every published job and both recruiters.</summary>
    public async Task<Booth> NewBoothAsync(IReadOnlyList<string>? jobIds = null)
    {
        var roomId = await Host.CreateRoomAsync(HostOrganisationId);
        var fair = Host.Grains.GetGrain<IFairGrain>(roomId);
        await fair.InviteEmployer(FairHost.Id, EmployerId);
        var view = await fair.AcceptInvitation(EmployerAdmin.Id, EmployerId, new BoothSetup
        {
            JobIds = jobIds ?? PublishedJobIds,
            RecruiterIds = [Recruiter.Id, SecondRecruiter.Id],
        });
        return new Booth(roomId, EmployerId, view.BoothId, $"/api/fairs/{roomId}/booths/{EmployerId}");
    }

    public IBoothGrain BoothGrain(Booth booth) => Host.Grains.GetGrain<IBoothGrain>(booth.BoothId);

    public async Task<Caller> SignInAsync(TestPerson person) => new(person, Host.CreateClient(await Host.SignInAsync(person)));

    /// <summary>A new person (a job seeker), signed in.</summary>
    public async Task<Caller> ApplicantAsync(string? displayName = null) => await SignInAsync(await Host.CreatePersonAsync(displayName));

    public Caller Anonymous() => new(null, Host.CreateClient());

    /// <summary>Applies over the API and insists it worked; the new place.</summary>
    public static async Task<QueuePlace> ApplyAsync(Caller applicant, Booth booth, string jobId, bool shareDisability = false)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(booth);
        using var response = await applicant.PostAsync(booth.Path + "/applications", new { jobId, shareDisability });
        return await Caller.ReadAsync<QueuePlace>(response, HttpStatusCode.Created);
    }
}

/// <summary>A booth opened for one test, and its API root.</summary>
public sealed record Booth(string RoomId, string EmployerId, string BoothId, string Path);

/// <summary>A person (or nobody) and an HTTP client carrying their session, with LiveFair's JSON conventions.</summary>
public sealed record Caller(TestPerson? Person, HttpClient Http) : IDisposable
{
    public TestPerson Me => Person ?? throw new InvalidOperationException("Anonymous.");

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) =>
        body is null ? Http.PostAsync(new Uri(path, UriKind.Relative), null) : Http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, BoothsFixture.Json);

    public Task<HttpResponseMessage> PutAsync(string path, object body) => Http.PutAsJsonAsync(new Uri(path, UriKind.Relative), body, BoothsFixture.Json);

    public Task<HttpResponseMessage> DeleteAsync(string path) => Http.DeleteAsync(new Uri(path, UriKind.Relative));

    public async Task<T> GetJsonAsync<T>(string path)
    {
        using var response = await GetAsync(path);
        return await ReadAsync<T>(response, HttpStatusCode.OK);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, BoothsFixture.Json)!;
    }

    public void Dispose() => Http.Dispose();
}
