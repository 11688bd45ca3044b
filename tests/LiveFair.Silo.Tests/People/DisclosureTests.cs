using LiveFair.Contracts.Common;
using LiveFair.Contracts.People;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.People;

/// <summary>What an employer sees of an applicant: the disability section only where it was shared and consent holds.</summary>
public sealed class DisclosureTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private const string Employer = "org-employer-a";
    private const string OtherEmployer = "org-employer-b";

    [Fact]
    public async Task An_employer_sees_the_section_only_for_applications_where_it_was_shared()
    {
        var person = await fixture.Client.PersonWithDisabilityAsync();
        await person.UpdateProfile(TestPeople.Profile());
        await person.RecordDisclosure(Choice("app-shared", Employer, share: true));
        await person.RecordDisclosure(Choice("app-private", Employer, share: false));

        var shared = await person.GetApplicantProfile(Employer, "app-shared");
        var kept = await person.GetApplicantProfile(Employer, "app-private");

        Assert.Equal(person.GetPrimaryKeyString(), shared.PersonId);
        TestPeople.AssertSameContent(TestPeople.Disability(), shared.Disability);
        Assert.Equal("李明", shared.Profile.FullName);
        Assert.Null(kept.Disability);
        Assert.Equal("李明", kept.Profile.FullName);
    }

    [Fact]
    public async Task Another_organisation_gets_not_found_even_with_the_right_application_id()
    {
        var person = await fixture.Client.PersonWithDisabilityAsync();
        await person.RecordDisclosure(Choice("app-1", Employer, share: true));

        foreach (var (organisation, application) in new[] { (OtherEmployer, "app-1"), (Employer, "app-2"), (Employer, "APP-1") })
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => person.GetApplicantProfile(organisation, application));
            Assert.Equal("person.application_not_found", error.Code);
            Assert.Equal(ErrorKind.NotFound, error.Kind);
        }
    }

    [Fact]
    public async Task A_later_choice_for_the_same_application_replaces_the_earlier_one()
    {
        var person = await fixture.Client.PersonWithDisabilityAsync();
        await person.RecordDisclosure(Choice("app-1", Employer, share: true));
        Assert.NotNull((await person.GetApplicantProfile(Employer, "app-1")).Disability);

        await person.RecordDisclosure(Choice("app-1", Employer, share: false));

        Assert.Null((await person.GetApplicantProfile(Employer, "app-1")).Disability);
        var disclosure = Assert.Single((await person.Export()).Disclosures);
        Assert.False(disclosure.ShareDisability);
    }

    [Fact]
    public async Task An_application_cannot_move_to_another_organisation()
    {
        var person = await fixture.Client.PersonWithDisabilityAsync();
        await person.RecordDisclosure(Choice("app-1", Employer, share: false));

        var error = await Assert.ThrowsAsync<DomainException>(() => person.RecordDisclosure(Choice("app-1", OtherEmployer, share: true)));

        Assert.Equal("person.application_other_organisation", error.Code);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(Employer, Assert.Single((await person.Export()).Disclosures).OrganisationId);
        await Assert.ThrowsAsync<DomainException>(() => person.GetApplicantProfile(OtherEmployer, "app-1"));
    }

    [Fact]
    public async Task Withdrawn_consent_hides_the_section_from_every_employer()
    {
        var person = await fixture.Client.PersonWithDisabilityAsync();
        await person.RecordDisclosure(Choice("app-1", Employer, share: true));

        await person.WithdrawDisabilityConsent();

        Assert.Null((await person.GetApplicantProfile(Employer, "app-1")).Disability);

        // Consent given again does not revive erased data: the employer sees only what is saved anew.
        await person.GiveDisabilityConsent(DisabilityConsent.CurrentVersion);
        Assert.Null((await person.GetApplicantProfile(Employer, "app-1")).Disability);
        await person.SaveDisability(new DisabilityInfo { Category = DisabilityCategory.Physical, Level = 3 });
        Assert.Equal(DisabilityCategory.Physical, (await person.GetApplicantProfile(Employer, "app-1")).Disability?.Category);
    }

    [Fact]
    public async Task Sharing_without_a_saved_section_shows_none()
    {
        var person = await fixture.Client.RegisteredPersonAsync();
        await person.RecordDisclosure(Choice("app-1", Employer, share: true));

        Assert.Null((await person.GetApplicantProfile(Employer, "app-1")).Disability);
    }

    [Fact]
    public async Task Invalid_choices_are_refused()
    {
        var person = await fixture.Client.RegisteredPersonAsync();

        Assert.Equal("person.application_id.empty", (await Assert.ThrowsAsync<DomainException>(() => person.RecordDisclosure(Choice(" ", Employer, true)))).Code);
        Assert.Equal("person.invalid_organisation_id", (await Assert.ThrowsAsync<DomainException>(() => person.RecordDisclosure(Choice("app-1", "Not An Org", true)))).Code);
        Assert.Empty((await person.Export()).Disclosures);
    }

    private static DisclosureChoice Choice(string applicationId, string organisationId, bool share) =>
        new() { ApplicationId = applicationId, OrganisationId = organisationId, ShareDisability = share };
}
