using LiveFair.Contracts.Common;
using LiveFair.Contracts.People;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.People;

/// <summary>
/// The disability section exists only under an active, current consent (PIPL Art. 29). Where it matters,
/// the stored payload is read from SQLite: hiding the data is not enough, it must be gone.
/// </summary>
public sealed class DisabilityConsentTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    [Fact]
    public async Task Saving_without_consent_is_refused_and_nothing_is_stored()
    {
        var person = await fixture.Client.RegisteredPersonAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => person.SaveDisability(TestPeople.Disability()));

        Assert.Equal("person.consent_required", error.Code);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Null((await person.GetView()).Disability);
        await AssertNotStoredAsync(person);
    }

    [Fact]
    public async Task An_outdated_or_missing_wording_version_is_refused()
    {
        var person = await fixture.Client.RegisteredPersonAsync();

        foreach (var version in new[] { "2025-01-v1", "", DisabilityConsent.CurrentVersion.ToUpperInvariant() + "x", " " + DisabilityConsent.CurrentVersion })
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => person.GiveDisabilityConsent(version));
            Assert.Equal("person.consent_outdated", error.Code);
        }

        var view = await person.GetView();
        Assert.Null(view.DisabilityConsentRecord);
        Assert.Empty(view.ConsentHistory);
        Assert.Equal("person.consent_required", (await Assert.ThrowsAsync<DomainException>(() => person.SaveDisability(TestPeople.Disability()))).Code);
    }

    [Fact]
    public async Task With_consent_the_section_is_saved_and_giving_consent_again_changes_nothing()
    {
        var person = await fixture.Client.RegisteredPersonAsync();

        var consented = await person.GiveDisabilityConsent(DisabilityConsent.CurrentVersion);
        var record = Assert.IsType<ConsentRecord>(consented.DisabilityConsentRecord);
        Assert.Equal(DisabilityConsent.Purpose, record.Purpose);
        Assert.Equal(DisabilityConsent.CurrentVersion, record.WordingVersion);
        Assert.True(record.IsActive);

        var saved = await person.SaveDisability(TestPeople.Disability());
        TestPeople.AssertSameContent(TestPeople.Disability(), saved.Disability);

        var again = await person.GiveDisabilityConsent(DisabilityConsent.CurrentVersion);
        Assert.Equal(record, Assert.Single(again.ConsentHistory));
        Assert.Equal(record, again.DisabilityConsentRecord);
        Assert.NotNull(again.Disability);
        Assert.Contains("vibrating-alarm-marker", await StoredPayloadAsync(person), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_section_is_refused_and_the_saved_one_stays()
    {
        var person = await fixture.Client.PersonWithDisabilityAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => person.SaveDisability(TestPeople.Disability() with { Level = 9 }));

        Assert.Equal("person.invalid_disability_level", error.Code);
        Assert.Equal(2, (await person.GetView()).Disability?.Level);
    }

    [Fact]
    public async Task Withdrawing_erases_the_section_from_storage_and_keeps_the_consent_as_withdrawn()
    {
        var person = await fixture.Client.PersonWithDisabilityAsync();
        Assert.Contains("CochlearImplant", await StoredPayloadAsync(person), StringComparison.Ordinal);

        var view = await person.WithdrawDisabilityConsent();

        Assert.Null(view.Disability);
        Assert.Null(view.DisabilityConsentRecord);
        var withdrawn = Assert.Single(view.ConsentHistory);
        Assert.False(withdrawn.IsActive);
        Assert.NotNull(withdrawn.WithdrawnAt);
        Assert.True(withdrawn.WithdrawnAt >= withdrawn.GivenAt);
        await AssertNotStoredAsync(person);

        // Still erased for a fresh activation that reads only storage.
        await person.AsReference<Orleans.Core.Internal.IGrainManagementExtension>().DeactivateOnIdle();
        Assert.Null((await person.GetView()).Disability);
    }

    [Fact]
    public async Task Saving_after_withdrawal_needs_a_new_consent_and_the_old_data_does_not_come_back()
    {
        var person = await fixture.Client.PersonWithDisabilityAsync();
        await person.WithdrawDisabilityConsent();

        Assert.Equal("person.consent_required", (await Assert.ThrowsAsync<DomainException>(() => person.SaveDisability(TestPeople.Disability()))).Code);

        var consented = await person.GiveDisabilityConsent(DisabilityConsent.CurrentVersion);
        Assert.Null(consented.Disability);
        Assert.Equal(2, consented.ConsentHistory.Count);
        Assert.False(consented.ConsentHistory[0].IsActive);
        Assert.True(consented.ConsentHistory[1].IsActive);
        Assert.Equal(consented.ConsentHistory[1], consented.DisabilityConsentRecord);

        var saved = await person.SaveDisability(new DisabilityInfo { Category = DisabilityCategory.Visual, Level = 1 });
        Assert.Equal(DisabilityCategory.Visual, saved.Disability?.Category);
    }

    [Fact]
    public async Task Withdrawing_without_consent_changes_nothing()
    {
        var person = await fixture.Client.RegisteredPersonAsync();

        var view = await person.WithdrawDisabilityConsent();

        Assert.Empty(view.ConsentHistory);
        Assert.Null(view.DisabilityConsentRecord);
    }

    private Task<string?> StoredPayloadAsync(IPersonGrain person) =>
        GrainStateRows.ReadPayloadAsync(fixture.ConnectionString, "person", person.GetPrimaryKeyString());

    private async Task AssertNotStoredAsync(IPersonGrain person)
    {
        var payload = await StoredPayloadAsync(person);
        Assert.NotNull(payload);
        foreach (var marker in TestPeople.DisabilityMarkers)
        {
            Assert.DoesNotContain(marker, payload, StringComparison.Ordinal);
        }

        Assert.Contains("\"Disability\":null", payload, StringComparison.Ordinal);
    }
}
