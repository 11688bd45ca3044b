using System.Net;
using LiveFair.Contracts.People;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.People;

public sealed class ConsentTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    // Distinctive, so finding it in the database file can only mean this test's data survived.
    private const string DeviceMarker = "marker-device-7f3a9c";

    private LiveFairTestHost Host => fixture.Host;

    private static object Disability => new
    {
        category = "Hearing",
        level = 2,
        assistiveDevices = new[] { "HearingAid", "Other" },
        otherDevice = DeviceMarker,
        accommodations = new[] { "TextOnlyCommunication", "SignLanguageInterpreter" },
    };

    [Fact]
    public async Task The_disability_section_cannot_be_saved_without_consent_and_nothing_is_stored()
    {
        var person = await Host.CreatePersonAsync();
        using var me = await MeApi.SignInAsync(Host, person);

        using var refused = await me.PutAsync("/api/me/disability", Disability);
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.Conflict, "person.consent_required");

        var view = await me.ReadMeAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, view.GetProperty("disability").ValueKind);
        Assert.Empty(StorageScan.Find(Host.DataDirectory, [DeviceMarker]));
    }

    [Fact]
    public async Task An_outdated_consent_wording_is_refused()
    {
        using var me = await MeApi.SignInAsync(Host, await Host.CreatePersonAsync());
        using var refused = await me.PostAsync("/api/me/disability-consent", new { wordingVersion = "2020-01-v0" });
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.Conflict, "person.consent_outdated");
    }

    [Fact]
    public async Task With_consent_the_section_is_saved_and_withdrawal_erases_it_from_storage()
    {
        var person = await Host.CreatePersonAsync();
        using var me = await MeApi.SignInAsync(Host, person);
        using var consent = await me.PostAsync("/api/me/disability-consent", new { wordingVersion = DisabilityConsent.CurrentVersion });
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        using var saved = await me.PutAsync("/api/me/disability", Disability);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var view = await me.ReadMeAsync();
        Assert.Equal("Hearing", view.GetProperty("disability").GetProperty("category").GetString());
        Assert.Equal(DisabilityConsent.CurrentVersion, view.GetProperty("disabilityConsentRecord").GetProperty("wordingVersion").GetString());

        using var withdrawn = await me.DeleteAsync("/api/me/disability-consent");
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        view = await me.ReadMeAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, view.GetProperty("disability").ValueKind);
        var history = view.GetProperty("consentHistory");
        Assert.Equal(1, history.GetArrayLength());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, history[0].GetProperty("withdrawnAt").ValueKind);
        await Host.Services.GetRequiredService<LiveFair.Silo.Storage.LiveFairDatabase>().FlushDeletedDataAsync();
        Assert.Empty(StorageScan.Find(Host.DataDirectory, [DeviceMarker]));

        // After withdrawal the section needs a new consent before it can be saved again.
        using var again = await me.PutAsync("/api/me/disability", Disability);
        await ProblemAssertions.AssertProblemAsync(again, HttpStatusCode.Conflict, "person.consent_required");
    }

    [Fact]
    public async Task An_employer_sees_the_section_only_for_applications_where_the_person_chose_to_share_it()
    {
        var person = await Host.CreatePersonAsync();
        using var me = await MeApi.SignInAsync(Host, person);
        (await me.PostAsync("/api/me/disability-consent", new { wordingVersion = DisabilityConsent.CurrentVersion })).Dispose();
        (await me.PutAsync("/api/me/disability", Disability)).Dispose();
        var grain = Host.Grains.GetGrain<IPersonGrain>(person.Id);
        await grain.RecordDisclosure(new DisclosureChoice { ApplicationId = "app-shared", OrganisationId = "org-a", ShareDisability = true });
        await grain.RecordDisclosure(new DisclosureChoice { ApplicationId = "app-private", OrganisationId = "org-b", ShareDisability = false });

        Assert.Equal(DisabilityCategory.Hearing, (await grain.GetApplicantProfile("org-a", "app-shared")).Disability?.Category);
        Assert.Null((await grain.GetApplicantProfile("org-b", "app-private")).Disability);
        await Assert.ThrowsAsync<LiveFair.Contracts.Common.DomainException>(() => grain.GetApplicantProfile("org-b", "app-shared"));

        (await me.DeleteAsync("/api/me/disability-consent")).Dispose();
        Assert.Null((await grain.GetApplicantProfile("org-a", "app-shared")).Disability);
    }
}
