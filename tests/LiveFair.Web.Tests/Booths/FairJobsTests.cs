using System.Net;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Web.Booths;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Booths;

[Collection(BoothTestGroup.Name)]
public sealed class FairJobsTests(BoothsFixture fixture)
{
    [Fact]
    public async Task The_fair_lists_its_booths_published_jobs_with_the_employer_and_nothing_else()
    {
        var closing = await fixture.CreateJobAsync("已关闭岗位", publish: true);
        var booth = await fixture.NewBoothAsync([.. fixture.PublishedJobIds, closing]);
        await fixture.Host.Grains.GetGrain<IJobGrain>(closing).Close(fixture.EmployerAdmin.Id);

        using var anonymous = fixture.Anonymous();
        var jobs = await anonymous.GetJsonAsync<List<FairJob>>($"/api/fairs/{booth.RoomId}/jobs");
        Assert.Equal(fixture.PublishedJobIds.Order(), jobs.Select(job => job.Job.JobId).Order());
        Assert.All(jobs, job =>
        {
            Assert.Equal(booth.BoothId, job.BoothId);
            Assert.Equal(fixture.EmployerId, job.EmployerId);
            Assert.Equal("Organisation " + fixture.EmployerId, job.EmployerName);
            Assert.Equal(JobStatus.Published, job.Job.Status);
            Assert.Equal(BoothStatus.Open, job.BoothStatus);
        });
    }

    [Fact]
    public async Task A_fair_without_booths_lists_no_jobs_and_an_unknown_room_is_not_found()
    {
        var roomId = await fixture.Host.CreateRoomAsync(fixture.HostOrganisationId);
        using var anonymous = fixture.Anonymous();
        Assert.Empty(await anonymous.GetJsonAsync<List<FairJob>>($"/api/fairs/{roomId}/jobs"));

        using var unknown = await anonymous.GetAsync("/api/fairs/fair-0000000000/jobs");
        await ProblemAssertions.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }
}
