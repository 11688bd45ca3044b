using LiveFair.Contracts.People;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.People;

/// <summary>Everything a person grain holds survives a silo restart.</summary>
public sealed class PersonDurabilityTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    [Fact]
    public async Task Profile_consent_section_memberships_and_disclosures_survive_a_restart()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var person = await cluster.Client.PersonWithDisabilityAsync();
        await person.UpdateProfile(TestPeople.Profile());
        await person.SetMembership(new() { OrganisationId = "org-a", OrganisationName = "A", OrganisationKind = Contracts.Organisations.OrganisationKind.Workshop, Roles = [Contracts.Organisations.OrganisationRole.Streamer] });
        await person.RecordDisclosure(new DisclosureChoice { ApplicationId = "app-1", OrganisationId = "org-employer", ShareDisability = true });
        await person.NoteChatRoom("room-1");
        var before = await person.Export();

        await cluster.RestartSiloAsync();

        var after = await person.Export();
        TestPeople.AssertSameContent(before, after);
        Assert.NotNull(after.Person.Disability);
        Assert.NotNull((await person.GetApplicantProfile("org-employer", "app-1")).Disability);
    }

    [Fact]
    public async Task An_erased_person_stays_erased_after_a_restart()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var person = await cluster.Client.PersonWithDisabilityAsync();
        await person.EraseAll();

        await cluster.RestartSiloAsync();

        Assert.False((await person.GetAccess()).Exists);
    }
}
