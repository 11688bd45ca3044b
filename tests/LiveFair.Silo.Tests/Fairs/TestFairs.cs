using System.Security.Cryptography;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Organisations;
using LiveFair.Silo.Tests.People;

namespace LiveFair.Silo.Tests.Fairs;

/// <summary>A fair with its host, an employer with recruiters and published jobs, and its booth.</summary>
internal sealed record BoothScenario(
    string RoomId,
    IFairGrain Fair,
    IOrganisationGrain Host,
    MemberIdentity HostAdmin,
    MemberIdentity HostStreamer,
    IOrganisationGrain Employer,
    MemberIdentity EmployerAdmin,
    IReadOnlyList<MemberIdentity> Recruiters,
    IReadOnlyList<string> JobIds,
    IBoothGrain Booth)
{
    public string EmployerId => Employer.GetPrimaryKeyString();

    public string BoothId => Booth.GetPrimaryKeyString();

    public string Recruiter => Recruiters[0].PersonId;
}

/// <summary>Fairs, employers, jobs, booths and applicants for tests.</summary>
internal static class TestFairs
{
    /// <summary>Short enough to see an answer time run out or a grace pass within a test.</summary>
    public static readonly BoothSettings FastSettings = new()
    {
        Capacity = 50,
        AnswerTime = TimeSpan.FromSeconds(1),
        DisconnectGrace = TimeSpan.FromMilliseconds(300),
    };

    public static string NewRoomId() => "fair-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

    public static OrganisationProfile Federation(string name = "广东省残联就业服务中心") => new()
    {
        Kind = OrganisationKind.ServiceOrganisation,
        Name = name,
        City = "广州",
        Description = "Employment services.",
    };

    public static JobPosting Posting(string title = "Data clerk <b>数据录入</b>") => new()
    {
        Title = title,
        City = "广州",
        WorkMode = WorkMode.HomeBased,
        SalaryMin = 4000,
        SalaryMax = 6000,
        Headcount = 2,
        Benefits = [JobBenefit.SocialInsurance],
        Accommodations = [JobAccommodation.TextOnlyCommunication],
    };

    /// <summary>A scheduled job fair room hosted by a new service organisation, with its admin and a streamer.</summary>
    public static async Task<(string RoomId, IOrganisationGrain Host, MemberIdentity Admin, MemberIdentity Streamer)> FairRoomAsync(this IClusterClient client, RoomKind kind = RoomKind.JobFair)
    {
        var (host, admin) = await client.CreatedAsync(Federation());
        var streamer = await client.JoinedAsync(host, admin.PersonId, OrganisationRole.Streamer);
        var roomId = NewRoomId();
        await client.GetGrain<IRoomGrain>(roomId).Schedule(TestRooms.Details("春季招聘会 <script>") with
        {
            Kind = kind,
            HostOrganisationId = host.GetPrimaryKeyString(),
            HostOrganisationName = "广东省残联就业服务中心",
        });
        return (roomId, host, admin, streamer);
    }

    public static async Task<string> PublishedJobAsync(this IClusterClient client, IOrganisationGrain employer, string actorId, string? title = null)
    {
        var job = client.GetGrain<IJobGrain>(JobIds.New());
        await job.Create(actorId, employer.GetPrimaryKeyString(), Posting(title ?? "Data clerk <b>数据录入</b>"));
        await job.Publish(actorId);
        return job.GetPrimaryKeyString();
    }

    /// <summary>A fair whose invited employer accepted with two published jobs and <paramref name="recruiters"/> recruiters.</summary>
    public static async Task<BoothScenario> BoothAsync(this IClusterClient client, int recruiters = 2, BoothSettings? settings = null)
    {
        var (roomId, host, hostAdmin, streamer) = await client.FairRoomAsync();
        var (employer, employerAdmin) = await client.CreatedAsync();
        var people = new List<MemberIdentity>();
        for (var i = 0; i < recruiters; i++)
        {
            people.Add(await client.JoinedAsync(employer, employerAdmin.PersonId, OrganisationRole.Recruiter));
        }

        var jobs = new[]
        {
            await client.PublishedJobAsync(employer, employerAdmin.PersonId, "Data clerk"),
            await client.PublishedJobAsync(employer, employerAdmin.PersonId, "Tester"),
        };
        var fair = client.GetGrain<IFairGrain>(roomId);
        var employerId = employer.GetPrimaryKeyString();
        await fair.InviteEmployer(hostAdmin.PersonId, employerId);
        var view = await fair.AcceptInvitation(employerAdmin.PersonId, employerId, new BoothSetup { JobIds = jobs, RecruiterIds = [.. people.Select(p => p.PersonId)] });
        var booth = client.GetGrain<IBoothGrain>(view.BoothId);
        await booth.UpdateSettings(employerAdmin.PersonId, settings ?? FastSettings);
        return new BoothScenario(roomId, fair, host, hostAdmin, streamer, employer, employerAdmin, people, jobs, booth);
    }

    /// <summary>A registered person who applies to the booth's first job (or <paramref name="jobId"/>).</summary>
    public static async Task<(Applicant Applicant, QueuePlace Place)> AppliedAsync(this IClusterClient client, BoothScenario scenario, string? jobId = null, bool shareDisability = false)
    {
        var applicant = await client.ApplicantAsync();
        var place = await scenario.Booth.Apply(applicant, new ApplyInput { JobId = jobId ?? scenario.JobIds[0], ShareDisability = shareDisability });
        return (applicant, place);
    }

    public static async Task<Applicant> ApplicantAsync(this IClusterClient client, string name = "李明")
    {
        var person = await client.RegisteredPersonAsync();
        return new Applicant { PersonId = person.GetPrimaryKeyString(), DisplayName = name };
    }
}
