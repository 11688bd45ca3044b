using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;

namespace LiveFair.Web.Tests.Booths.Realtime;

/// <summary>The other employer's booth in the same fair, so a test can show one booth's updates stay at that booth.</summary>
internal static class NeighbourBooth
{
    public static async Task<(Booth Booth, string JobId)> OpenAsync(BoothsFixture fixture, Booth booth)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(booth);
        var jobId = JobIds.New();
        var job = fixture.Host.Grains.GetGrain<IJobGrain>(jobId);
        await job.Create(fixture.OtherAdmin.Id, fixture.OtherEmployerId, new JobPosting { Title = "仓库管理员", City = "广州", Description = "岗位说明" });
        await job.Publish(fixture.OtherAdmin.Id);

        var fair = fixture.Host.Grains.GetGrain<IFairGrain>(booth.RoomId);
        await fair.InviteEmployer(fixture.FairHost.Id, fixture.OtherEmployerId);
        var view = await fair.AcceptInvitation(fixture.OtherAdmin.Id, fixture.OtherEmployerId, new BoothSetup
        {
            JobIds = [jobId],
            RecruiterIds = [fixture.OtherRecruiter.Id],
        });
        return (new Booth(booth.RoomId, fixture.OtherEmployerId, view.BoothId, $"/api/fairs/{booth.RoomId}/booths/{fixture.OtherEmployerId}"), jobId);
    }
}
