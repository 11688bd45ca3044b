using System.Net;
using System.Text.Json;
using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.People;

public sealed class ExportAndDeletionTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private LiveFairTestHost Host => fixture.Host;

    /// <summary>A person who left data everywhere issue 3 keeps it: profile, disability, an organisation, a chat room.</summary>
    private async Task<(TestPerson Person, string Room, string Marker, string Phone)> PersonWithDataEverywhereAsync()
    {
        var marker = "mk" + Guid.NewGuid().ToString("N")[..12];

        // Unique per person: other people in this fixture must not make the scan find "their" number.
        var phone = "139" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var person = await Host.CreateMemberAsync(WebHostFixture.OrgA, OrganisationRole.Recruiter);
        var grain = Host.Grains.GetGrain<IPersonGrain>(person.Id);
        await grain.UpdateProfile(new SeekerProfile { FullName = "Name " + marker, Phone = phone, City = "City " + marker, Cv = "CV " + marker });
        await grain.GiveDisabilityConsent(DisabilityConsent.CurrentVersion);
        await grain.SaveDisability(new DisabilityInfo
        {
            Category = DisabilityCategory.Physical,
            Level = 3,
            AssistiveDevices = [AssistiveDevice.Other],
            OtherDevice = "Device " + marker,
        });
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        await Host.Grains.GetGrain<IRoomChatGrain>(room).Post(
            new ChatAuthor { PersonId = person.Id, DisplayName = person.DisplayName }, "Chat " + marker);
        return (person, room, marker, phone);
    }

    [Fact]
    public async Task The_export_holds_the_account_profile_disability_memberships_and_chat()
    {
        var (person, room, marker, _) = await PersonWithDataEverywhereAsync();
        using var me = await MeApi.SignInAsync(Host, person);

        using var response = await me.GetAsync("/api/me/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = export.RootElement;

        Assert.Equal("livefair-personal-data/1", root.GetProperty("format").GetString());
        Assert.Equal(person.Email, root.GetProperty("account").GetProperty("email").GetString());
        var view = root.GetProperty("person").GetProperty("person");
        Assert.Equal("Name " + marker, view.GetProperty("profile").GetProperty("fullName").GetString());
        Assert.Equal("Device " + marker, view.GetProperty("disability").GetProperty("otherDevice").GetString());
        Assert.Contains(view.GetProperty("memberships").EnumerateArray(), m => m.GetProperty("organisationId").GetString() == WebHostFixture.OrgA);
        var chat = Assert.Single(root.GetProperty("chat").EnumerateArray());
        Assert.Equal(room, chat.GetProperty("roomId").GetString());
        Assert.Equal("Chat " + marker, Assert.Single(chat.GetProperty("messages").EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_wrong_password_deletes_nothing()
    {
        var (person, _, _, _) = await PersonWithDataEverywhereAsync();
        using var me = await MeApi.SignInAsync(Host, person);

        using var refused = await me.PostAsync("/api/me/delete", new { password = "not-my-password" });
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.BadRequest, "account.wrong_password");

        Assert.True((await Host.Grains.GetGrain<IPersonGrain>(person.Id).GetAccess()).Exists);
        await Host.SignInAsync(person);
    }

    [Fact]
    public async Task Deletion_leaves_no_trace_of_the_person_in_the_data_folder()
    {
        var (person, room, marker, phone) = await PersonWithDataEverywhereAsync();
        using var me = await MeApi.SignInAsync(Host, person);
        // The data really is on disk before deletion, or the scan below would prove nothing.
        await Host.Services.GetRequiredService<LiveFair.Silo.Storage.LiveFairDatabase>().FlushDeletedDataAsync();
        foreach (var needle in new[] { marker, person.Email, phone })
        {
            Assert.NotEmpty(StorageScan.Find(Host.DataDirectory, [needle]));
        }

        using var deleted = await me.PostAsync("/api/me/delete", new { password = person.Password });
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        Assert.Empty(StorageScan.Find(Host.DataDirectory, [marker, person.Email, person.DisplayName, phone]));
        Assert.False((await Host.Grains.GetGrain<IPersonGrain>(person.Id).GetAccess()).Exists);
        Assert.Empty(await Host.Grains.GetGrain<IOrganisationGrain>(WebHostFixture.OrgA).GetRoles(person.Id));
        Assert.DoesNotContain(await Host.Grains.GetGrain<IRoomChatGrain>(room).GetRecent(), m => m.Text.Contains(marker, StringComparison.Ordinal));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Host.SignInAsync(person));

        // The old session cookie no longer opens anything.
        using var afterwards = await me.GetAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
    }
}
