using System.Net;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.People;
using Xunit;

namespace LiveFair.Web.Tests.Booths.Review;

/// <summary>Pages and fragments that carry an applicant's personal data must not be kept by any cache.</summary>
[Collection(BoothTestGroup.Name)]
public sealed class PersonalPagesCacheTests(BoothsFixture fixture)
{
    [Fact]
    public async Task The_applicant_fragment_of_the_console_with_the_shared_disability_section_is_never_cached()
    {
        var booth = await fixture.NewBoothAsync();
        using var applicant = await fixture.ApplicantAsync();
        var person = fixture.Host.Grains.GetGrain<IPersonGrain>(applicant.Me.Id);
        await person.UpdateProfile(new SeekerProfile { FullName = "缓存测试", City = "广州" });
        await person.GiveDisabilityConsent(DisabilityConsent.CurrentVersion);
        await person.SaveDisability(new DisabilityInfo { Category = DisabilityCategory.Visual, Level = 1 });
        var applicationId = (await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0], shareDisability: true)).ApplicationId!;

        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var fragment = await recruiter.GetAsync($"/rooms/{booth.RoomId}/booths/{booth.EmployerId}/console?handler=Applicant&applicationId={applicationId}");
        var html = await fragment.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.Contains("缓存测试", html, StringComparison.Ordinal);
        Assert.True(fragment.Headers.CacheControl?.NoStore, $"Cache-Control: {fragment.Headers.CacheControl}");
    }

    [Fact]
    public async Task The_booth_page_and_queue_panel_showing_an_interview_are_never_cached()
    {
        var booth = await fixture.NewBoothAsync();
        using var applicant = await fixture.ApplicantAsync();
        var applicationId = (await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0])).ApplicationId!;
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using (var called = await recruiter.PostAsync(booth.Path + "/call-next"))
        {
            await Caller.ReadAsync<BoothCall>(called, HttpStatusCode.OK);
        }

        using (var answered = await applicant.PostAsync(booth.Path + "/answer"))
        {
            await Caller.ReadAsync<InterviewView>(answered, HttpStatusCode.OK);
        }

        using (var posted = await recruiter.PostAsync($"{booth.Path}/interviews/{applicationId}/messages", new { text = "私密的面试内容" }))
        {
            await Caller.ReadAsync<InterviewMessage>(posted, HttpStatusCode.Created);
        }

        foreach (var path in new[] { $"/rooms/{booth.RoomId}/booths/{booth.EmployerId}", $"/rooms/{booth.RoomId}/booths/{booth.EmployerId}?handler=Panel", $"/rooms/{booth.RoomId}/booths/{booth.EmployerId}/console" })
        {
            using var page = await (path.EndsWith("/console", StringComparison.Ordinal) ? recruiter : applicant).GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.True(page.Headers.CacheControl?.NoStore, $"{path}: Cache-Control: {page.Headers.CacheControl}");
        }
    }
}
