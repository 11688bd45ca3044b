using System.Net;
using System.Text.Json;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.People;
using Xunit;

namespace LiveFair.Web.Tests.Booths;

[Collection(BoothTestGroup.Name)]
public sealed class RecommendationTests(BoothsFixture fixture)
{
    [Fact]
    public async Task The_fairs_jobs_come_best_fit_first_from_my_own_profile_and_disability_section()
    {
        var faraway = await fixture.CreateJobAsync(new JobPosting { Title = "北京岗位", City = "北京" }, publish: true);
        var local = await fixture.CreateJobAsync(new JobPosting { Title = "广州岗位", City = "广州" }, publish: true);
        var remote = await fixture.CreateJobAsync(
            new JobPosting { Title = "远程岗位", City = "上海", WorkMode = WorkMode.Remote, Accommodations = [JobAccommodation.TextOnlyCommunication] },
            publish: true);
        var booth = await fixture.NewBoothAsync([faraway, local, remote]);

        using var seeker = await fixture.ApplicantAsync();
        var person = fixture.Host.Grains.GetGrain<IPersonGrain>(seeker.Me.Id);
        await person.UpdateProfile(new SeekerProfile { City = "广州市" });
        await person.GiveDisabilityConsent(DisabilityConsent.CurrentVersion);
        await person.SaveDisability(new DisabilityInfo { Category = DisabilityCategory.Hearing, Level = 2, Accommodations = [Accommodation.TextOnlyCommunication] });

        using var response = await seeker.GetAsync($"/api/fairs/{booth.RoomId}/recommendations");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var recommendations = await Caller.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
        var order = recommendations.EnumerateArray().Select(r => r.GetProperty("job").GetProperty("job").GetProperty("jobId").GetString()).ToList();
        Assert.Equal([remote, local, faraway], order);

        var best = recommendations[0];
        Assert.Equal(booth.BoothId, best.GetProperty("job").GetProperty("boothId").GetString());
        var reasons = best.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToList();
        Assert.Contains("Accommodations", reasons);
        Assert.Contains("WorkFromHome", reasons);
        Assert.True(best.GetProperty("score").GetInt32() > recommendations[1].GetProperty("score").GetInt32());
        Assert.Equal(0, recommendations[2].GetProperty("score").GetInt32());
        Assert.Empty(recommendations[2].GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public async Task Without_a_disability_section_only_the_profile_counts()
    {
        var local = await fixture.CreateJobAsync(new JobPosting { Title = "广州岗位", City = "广州" }, publish: true);
        var remote = await fixture.CreateJobAsync(
            new JobPosting { Title = "远程岗位", City = "上海", WorkMode = WorkMode.Remote, Accommodations = [JobAccommodation.TextOnlyCommunication] },
            publish: true);
        var booth = await fixture.NewBoothAsync([local, remote]);
        using var seeker = await fixture.ApplicantAsync();
        await fixture.Host.Grains.GetGrain<IPersonGrain>(seeker.Me.Id).UpdateProfile(new SeekerProfile { City = "广州" });

        var recommendations = await seeker.GetJsonAsync<JsonElement>($"/api/fairs/{booth.RoomId}/recommendations");
        Assert.Equal(2, recommendations.GetArrayLength());
        Assert.All(recommendations.EnumerateArray(), r =>
        {
            var kinds = r.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetProperty("kind").GetString()).ToList();
            Assert.DoesNotContain("Accommodations", kinds);
            Assert.DoesNotContain("SuitableCategory", kinds);
        });
    }

    [Fact]
    public async Task Recommendations_need_sign_in_and_an_existing_fair()
    {
        var booth = await fixture.NewBoothAsync();
        using var anonymous = fixture.Anonymous();
        using var refused = await anonymous.GetAsync($"/api/fairs/{booth.RoomId}/recommendations");
        await Infrastructure.ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.Unauthorized);

        using var seeker = await fixture.ApplicantAsync();
        using var unknown = await seeker.GetAsync("/api/fairs/fair-0000000000/recommendations");
        await Infrastructure.ProblemAssertions.AssertProblemAsync(unknown, HttpStatusCode.NotFound, "fair.not_found");
    }
}
