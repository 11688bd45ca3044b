using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
using LiveFair.Silo.People;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.People;

/// <summary>Register, memberships, chat rooms, export and erasure.</summary>
public sealed class PersonLifecycleTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    [Fact]
    public async Task Register_creates_the_person_once()
    {
        var person = fixture.Client.Person(TestPeople.NewId());
        Assert.False((await person.GetAccess()).Exists);

        var first = await person.Register();
        await person.UpdateProfile(new SeekerProfile { City = "杭州" });
        var second = await person.Register();

        Assert.Equal(person.GetPrimaryKeyString(), first.PersonId);
        Assert.Equal(first.CreatedAt, second.CreatedAt);
        Assert.Equal("杭州", second.Profile.City);
        Assert.True((await person.GetAccess()).Exists);
    }

    [Fact]
    public async Task Every_command_on_an_unknown_person_is_not_found()
    {
        var person = fixture.Client.Person(TestPeople.NewId());
        var membership = Membership("org-a", OrganisationRole.Admin);
        var commands = new Func<Task>[]
        {
            person.GetView,
            () => person.UpdateProfile(new SeekerProfile()),
            () => person.GiveDisabilityConsent(DisabilityConsent.CurrentVersion),
            () => person.SaveDisability(TestPeople.Disability()),
            person.WithdrawDisabilityConsent,
            () => person.SetMembership(membership),
            () => person.RemoveMembership("org-a"),
            () => person.RecordDisclosure(new DisclosureChoice { ApplicationId = "a", OrganisationId = "org-a", ShareDisability = true }),
            () => person.GetApplicantProfile("org-a", "a"),
            () => person.NoteChatRoom("room-1"),
            person.Export,
        };

        foreach (var command in commands)
        {
            var error = await Assert.ThrowsAsync<DomainException>(command);
            Assert.Equal("person.not_found", error.Code);
            Assert.Equal(ErrorKind.NotFound, error.Kind);
        }

        Assert.False((await person.GetAccess()).Exists);
        Assert.Null(await GrainStateRows.ReadPayloadAsync(fixture.ConnectionString, "person", person.GetPrimaryKeyString()));
    }

    [Fact]
    public async Task Memberships_are_set_replaced_and_removed()
    {
        var person = await fixture.Client.RegisteredPersonAsync();

        await person.SetMembership(Membership("org-a", OrganisationRole.Recruiter, OrganisationRole.Admin));
        await person.SetMembership(Membership("org-b", OrganisationRole.Helper));
        await person.SetMembership(Membership("org-a", OrganisationRole.Streamer) with { OrganisationName = "Renamed" });

        var access = await person.GetAccess();
        Assert.Equal(["org-a", "org-b"], access.Memberships.Select(m => m.OrganisationId));
        Assert.Equal([OrganisationRole.Streamer], access.Memberships[0].Roles);
        Assert.Equal("Renamed", access.Memberships[0].OrganisationName);

        await person.RemoveMembership("org-a");
        await person.RemoveMembership("org-never");

        Assert.Equal("org-b", Assert.Single((await person.GetAccess()).Memberships).OrganisationId);
        Assert.Equal("org-b", Assert.Single((await person.GetView()).Memberships).OrganisationId);
    }

    [Fact]
    public async Task Chat_rooms_are_remembered_once_and_the_oldest_are_dropped_beyond_the_bound()
    {
        var person = await fixture.Client.RegisteredPersonAsync();
        Assert.Equal("person.invalid_room_id", (await Assert.ThrowsAsync<DomainException>(() => person.NoteChatRoom("Not a room!"))).Code);

        for (var i = 0; i < PersonGrain.MaxChatRooms + 2; i++)
        {
            await person.NoteChatRoom($"room-{i}");
        }

        await person.NoteChatRoom("room-5");

        var rooms = (await person.Export()).ChatRoomIds;
        Assert.Equal(PersonGrain.MaxChatRooms, rooms.Count);
        Assert.Equal("room-2", rooms[0]);
        Assert.Equal($"room-{PersonGrain.MaxChatRooms + 1}", rooms[^1]);
        Assert.Single(rooms, r => r == "room-5");
    }

    [Fact]
    public async Task Export_holds_everything_the_grain_keeps()
    {
        var person = await fixture.Client.PersonWithDisabilityAsync();
        await person.UpdateProfile(TestPeople.Profile());
        await person.SetMembership(Membership("org-a", OrganisationRole.Recruiter));
        await person.RecordDisclosure(new DisclosureChoice { ApplicationId = "app-1", OrganisationId = "org-employer", ShareDisability = true });
        await person.NoteChatRoom("room-fair-1");

        var export = await person.Export();

        Assert.Equal(person.GetPrimaryKeyString(), export.Person.PersonId);
        Assert.Equal("李明", export.Person.Profile.FullName);
        Assert.Equal("+86 138-0013-8000", export.Person.Profile.Phone);
        TestPeople.AssertSameContent(TestPeople.Disability(), export.Person.Disability);
        Assert.NotNull(export.Person.DisabilityConsentRecord);
        Assert.Single(export.Person.ConsentHistory);
        Assert.Equal("org-a", Assert.Single(export.Person.Memberships).OrganisationId);
        var disclosure = Assert.Single(export.Disclosures);
        Assert.Equal(("app-1", "org-employer", true), (disclosure.ApplicationId, disclosure.OrganisationId, disclosure.ShareDisability));
        Assert.True(disclosure.ChosenAt > export.Person.CreatedAt);
        Assert.Equal(["room-fair-1"], export.ChatRoomIds);
    }

    [Fact]
    public async Task Erasing_deletes_the_row_and_reports_where_else_the_person_left_data()
    {
        var person = await fixture.Client.PersonWithDisabilityAsync();
        await person.UpdateProfile(TestPeople.Profile());
        await person.SetMembership(Membership("org-a", OrganisationRole.Admin));
        await person.SetMembership(Membership("org-b", OrganisationRole.Helper));
        await person.NoteChatRoom("room-1");
        await person.NoteChatRoom("room-2");
        Assert.NotNull(await GrainStateRows.ReadPayloadAsync(fixture.ConnectionString, "person", person.GetPrimaryKeyString()));

        var erasure = await person.EraseAll();

        Assert.Equal(["org-a", "org-b"], erasure.OrganisationIds);
        Assert.Equal(["room-1", "room-2"], erasure.ChatRoomIds);
        Assert.Null(await GrainStateRows.ReadPayloadAsync(fixture.ConnectionString, "person", person.GetPrimaryKeyString()));
        Assert.False((await person.GetAccess()).Exists);
        Assert.Equal("person.not_found", (await Assert.ThrowsAsync<DomainException>(person.GetView)).Code);
        Assert.Empty((await person.EraseAll()).OrganisationIds);
    }

    [Fact]
    public async Task A_person_registered_again_after_erasure_starts_empty()
    {
        var person = await fixture.Client.PersonWithDisabilityAsync();
        await person.UpdateProfile(TestPeople.Profile());
        await person.EraseAll();

        var view = await person.Register();

        Assert.Null(view.Profile.FullName);
        Assert.Null(view.Disability);
        Assert.Empty(view.ConsentHistory);
        Assert.Empty(view.Memberships);
    }

    private static OrganisationMembership Membership(string organisationId, params OrganisationRole[] roles) => new()
    {
        OrganisationId = organisationId,
        OrganisationName = "Org " + organisationId,
        OrganisationKind = OrganisationKind.Employer,
        Roles = roles,
    };
}
