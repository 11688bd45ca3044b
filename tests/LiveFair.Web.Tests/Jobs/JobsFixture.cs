using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Testing;
using LiveFair.Web.Tests.Organisations;
using Xunit;

namespace LiveFair.Web.Tests.Jobs;

[CollectionDefinition(Name)]
public sealed class JobTestGroup : ICollectionFixture<JobsFixture>
{
    public const string Name = "Jobs";
}

/// <summary>One running LiveFair for the job tests; employers and their people are made the real way.</summary>
public sealed class JobsFixture : IAsyncLifetime
{
    public LiveFairTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LiveFairTestHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public async Task<SignedIn> SignedInAsync(TestPerson? person = null)
    {
        person ??= await Host.CreatePersonAsync();
        return new SignedIn(person, Host.CreateClient(await Host.SignInAsync(person)));
    }

    /// <summary>A new employer with a signed-in admin and a signed-in recruiter.</summary>
    public async Task<Employer> EmployerAsync(OrganisationKind kind = OrganisationKind.Employer)
    {
        var id = OrganisationIds.New();
        var founder = await Host.FounderOfAsync(id, kind);
        var recruiter = await Host.CreateMemberAsync(id, OrganisationRole.Recruiter);
        return new Employer(id, await SignedInAsync(founder), await SignedInAsync(recruiter));
    }

    public static object Posting(string title = "数据录入员", string city = "深圳", string description = "录入问卷数据。") => new
    {
        title,
        description,
        city,
        workMode = "HomeBased",
        salaryMin = 4000,
        salaryMax = 6500,
        headcount = 3,
        benefits = new[] { "SocialInsurance", "Meals" },
        trainingOffered = true,
        trainingDays = 10,
        trainingSubsidy = 1500,
        suitableCategories = new[] { "Hearing", "Physical" },
        accommodations = new[] { "TextOnlyCommunication", "FlexibleHours" },
    };

    /// <summary>A draft created over the API by <paramref name="poster"/>; its id.</summary>
    public static async Task<string> CreateAsync(SignedIn poster, string organisationId, object? posting = null)
    {
        ArgumentNullException.ThrowIfNull(poster);
        using var response = await poster.Http.PostAsJsonAsync($"/api/orgs/{organisationId}/jobs", posting ?? Posting());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create job: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("jobId").GetString()!;
    }

    public static async Task<string> PublishedAsync(SignedIn poster, string organisationId, object? posting = null)
    {
        var id = await CreateAsync(poster, organisationId, posting);
        using var response = await poster.Http.PostAsync($"/api/jobs/{id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    public Task<JobView> ViewAsync(string jobId) => Host.Grains.GetGrain<IJobGrain>(jobId).GetView();
}

public sealed record Employer(string Id, SignedIn Admin, SignedIn Recruiter) : IDisposable
{
    public void Dispose()
    {
        Admin.Dispose();
        Recruiter.Dispose();
    }
}
