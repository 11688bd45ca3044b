using System.Net;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.People;

public sealed class ProfileApiTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private LiveFairTestHost Host => fixture.Host;

    [Fact]
    public async Task A_person_saves_a_profile_and_reads_it_back_with_markup_kept_as_text()
    {
        using var me = await MeApi.SignInAsync(Host, await Host.CreatePersonAsync());
        using var saved = await me.PutAsync("/api/me/profile", new
        {
            fullName = "<script>alert('x')</script>李明",
            gender = "Male",
            birthYear = 1995,
            birthMonth = 6,
            city = "广州",
            education = "JuniorCollege",
            intendedSectors = new[] { "StateOwned", "FlexibleWork" },
            servicesWanted = new[] { "CareerCounselling" },
            skills = new[] { "数据录入", "读屏软件" },
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var profile = (await me.ReadMeAsync()).GetProperty("profile");
        Assert.Equal("<script>alert('x')</script>李明", profile.GetProperty("fullName").GetString());
        Assert.Equal("JuniorCollege", profile.GetProperty("education").GetString());
        Assert.Equal(2, profile.GetProperty("intendedSectors").GetArrayLength());
    }

    public static TheoryData<string, object> OutOfRange => new()
    {
        { "birth year in the future", new { birthYear = DateTime.UtcNow.Year + 1 } },
        { "birth year too early", new { birthYear = 1800 } },
        { "month 13", new { birthYear = 1990, birthMonth = 13 } },
        { "graduation far ahead", new { graduationYear = DateTime.UtcNow.Year + 30 } },
        { "letters for a phone", new { phone = "call me maybe" } },
        { "a name too long", new { fullName = new string('名', 200) } },
        { "undefined gender", new { gender = 42 } },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task Out_of_range_profile_fields_are_refused_and_nothing_changes(string because, object profile)
    {
        using var me = await MeApi.SignInAsync(Host, await Host.CreatePersonAsync());
        using var first = await me.PutAsync("/api/me/profile", new { city = "深圳" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var refused = await me.PutAsync("/api/me/profile", profile);
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.BadRequest);

        Assert.True((await me.ReadMeAsync()).GetProperty("profile").GetProperty("city").GetString() == "深圳", because);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_from_every_me_endpoint()
    {
        using var anonymous = Host.CreateClient();
        foreach (var (method, path) in new[] { ("GET", "/api/me"), ("PUT", "/api/me/profile"), ("POST", "/api/me/disability-consent"),
                     ("DELETE", "/api/me/disability-consent"), ("PUT", "/api/me/disability"), ("GET", "/api/me/export"), ("POST", "/api/me/delete") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "PUT" or "POST")
            {
                request.Content = LiveFairTestHost.JsonContent(new { });
            }

            using var response = await anonymous.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_profile_page_asks_anonymous_visitors_to_sign_in_and_shows_a_signed_in_person_their_profile()
    {
        using var anonymous = Host.CreateClient();
        using var redirected = await anonymous.GetAsync(new Uri("/me/profile", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Contains("/account/login", redirected.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var me = await MeApi.SignInAsync(Host, await Host.CreatePersonAsync());
        using var page = await me.GetAsync("/me/profile");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
