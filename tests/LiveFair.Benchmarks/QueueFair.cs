using System.Security.Cryptography;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;

namespace LiveFair.Benchmarks;

/// <summary>
/// A live job fair with one accepted booth, set up through the grains the way the fair REST endpoints
/// drive them (as tests/LiveFair.Silo.Tests/Fairs/TestFairs does): a host organisation and its admin
/// schedule and start the room and invite an employer, whose admin publishes a job and accepts with one
/// recruiter; the booth takes as many people as the benchmark needs.
/// </summary>
internal sealed record QueueFair(string RoomId, string EmployerId, string JobId, TestPerson Recruiter, IBoothGrain Booth)
{
    public static async Task<QueueFair> CreateAsync(LiveFairTestHost host, int seekers)
    {
        var hostId = "bench-host-" + Hex();
        var employerId = "bench-employer-" + Hex();
        var hostAdmin = await host.FounderOfAsync(hostId);
        var employerAdmin = await host.FounderOfAsync(employerId, OrganisationKind.Employer);
        var recruiter = await host.CreateMemberAsync(employerId, OrganisationRole.Recruiter);

        var roomId = "fair-" + Hex();
        var room = host.Grains.GetGrain<IRoomGrain>(roomId);
        await room.Schedule(new RoomDetails
        {
            Kind = RoomKind.JobFair,
            Title = "Benchmark job fair 春季招聘会",
            HostOrganisationId = hostId,
            HostOrganisationName = "Organisation " + hostId,
            ScheduledStart = DateTimeOffset.UtcNow,
            ScheduledEnd = DateTimeOffset.UtcNow.AddHours(4),
        });
        await room.StartRoom();

        var job = host.Grains.GetGrain<IJobGrain>(JobIds.New());
        await job.Create(employerAdmin.Id, employerId, new JobPosting
        {
            Title = "Data clerk 数据录入",
            City = "广州",
            WorkMode = WorkMode.HomeBased,
            SalaryMin = 4000,
            SalaryMax = 6000,
            Headcount = 10,
            Benefits = [JobBenefit.SocialInsurance],
            Accommodations = [JobAccommodation.TextOnlyCommunication],
        });
        await job.Publish(employerAdmin.Id);
        var jobId = job.GetPrimaryKeyString();

        var fair = host.Grains.GetGrain<IFairGrain>(roomId);
        await fair.InviteEmployer(hostAdmin.Id, employerId);
        var view = await fair.AcceptInvitation(employerAdmin.Id, employerId, new BoothSetup { JobIds = [jobId], RecruiterIds = [recruiter.Id] });
        var booth = host.Grains.GetGrain<IBoothGrain>(view.BoothId);

        // Nobody answers in the benchmark: the longest answer time keeps the called people from turning into
        // no-shows (which would call the next person by itself) while the rounds run.
        await booth.UpdateSettings(employerAdmin.Id, new BoothSettings
        {
            Capacity = Math.Min(BoothLimits.MaxCapacity, Math.Max(seekers, 200)),
            AnswerTime = BoothLimits.MaxAnswerTime,
            DisconnectGrace = BoothLimits.MaxDisconnectGrace,
        });
        return new QueueFair(roomId, employerId, jobId, recruiter, booth);
    }

    private static string Hex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
}
