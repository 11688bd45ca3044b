using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using Xunit;

namespace LiveFair.Web.Tests.Authorization;

/// <summary>
/// Every endpoint, page and hub method × every role. Each call gets fresh resources (a room, a message, a
/// member to act on), so an allowed call cannot change what the next role sees. Org A's resources are never
/// reachable by org B's recruiter (no IDOR).
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private const string OrgA = MatrixFixture.OrgA;

    private sealed record Row(string Name, Dictionary<Role, Outcome> Expected, Func<MatrixCalls, Task<Outcome>> Call);

    private static readonly object Profile = new { city = "广州" };
    private static readonly object OrgProfile = new { kind = "Employer", name = "Matrix employer", city = "广州" };

    private Row[] Rows =>
    [
        // People: only "me" routes, so the person is always the caller.
        new("GET /api/me", Expect.SignedIn(Outcome.SignInRequired), c => c.HttpAsync(HttpMethod.Get, "/api/me")),
        new("PUT /api/me/profile", Expect.SignedIn(Outcome.SignInRequired), c => c.HttpAsync(HttpMethod.Put, "/api/me/profile", Profile)),
        new("GET /api/me/export", Expect.SignedIn(Outcome.SignInRequired), c => c.HttpAsync(HttpMethod.Get, "/api/me/export")),
        new("GET /me/profile", Expect.SignedIn(Outcome.SignInRequired), c => c.HttpAsync(HttpMethod.Get, "/me/profile")),
        new("GET /me/data", Expect.SignedIn(Outcome.SignInRequired), c => c.HttpAsync(HttpMethod.Get, "/me/data")),

        // Organisations.
        new("GET /api/orgs", Expect.Everyone(), c => c.HttpAsync(HttpMethod.Get, "/api/orgs")),
        new("GET /api/orgs/{A}", Expect.Everyone(), c => c.HttpAsync(HttpMethod.Get, $"/api/orgs/{OrgA}")),
        new("GET /orgs/{A}", Expect.Everyone(), c => c.HttpAsync(HttpMethod.Get, $"/orgs/{OrgA}")),
        new("POST /api/orgs", Expect.SignedIn(Outcome.SignInRequired), c => c.HttpAsync(HttpMethod.Post, "/api/orgs", OrgProfile)),
        new("PUT /api/orgs/{A}", Expect.Only(Outcome.SignInRequired, Outcome.Forbidden, Role.AdminA),
            c => c.HttpAsync(HttpMethod.Put, $"/api/orgs/{OrgA}", new { kind = "Employer", name = "Organisation " + OrgA, city = "广州" })),
        new("GET /api/orgs/{A}/members", Expect.MembersOfA(Outcome.SignInRequired, Outcome.Forbidden),
            c => c.HttpAsync(HttpMethod.Get, $"/api/orgs/{OrgA}/members")),
        new("GET /orgs/{A}/manage", Expect.MembersOfA(Outcome.SignInRequired, Outcome.Forbidden),
            c => c.HttpAsync(HttpMethod.Get, $"/orgs/{OrgA}/manage")),
        new("POST /api/orgs/{A}/invitations", Expect.Only(Outcome.SignInRequired, Outcome.Forbidden, Role.AdminA),
            c => c.HttpAsync(HttpMethod.Post, $"/api/orgs/{OrgA}/invitations", new { email = $"invitee-{Guid.NewGuid():N}@test.livefair.local", roles = new[] { "Recruiter" } })),
        new("GET /api/orgs/{A}/invitations", Expect.Only(Outcome.SignInRequired, Outcome.Forbidden, Role.AdminA),
            c => c.HttpAsync(HttpMethod.Get, $"/api/orgs/{OrgA}/invitations")),
        new("PUT /api/orgs/{A}/members/{id}/roles", Expect.Only(Outcome.SignInRequired, Outcome.Forbidden, Role.AdminA),
            async c => await c.HttpAsync(HttpMethod.Put, $"/api/orgs/{OrgA}/members/{(await fixture.Host.CreateMemberAsync(OrgA, OrganisationRole.Recruiter)).Id}/roles", new { roles = new[] { "Helper" } })),
        new("DELETE /api/orgs/{A}/members/{id}", Expect.Only(Outcome.SignInRequired, Outcome.Forbidden, Role.AdminA),
            async c => await c.HttpAsync(HttpMethod.Delete, $"/api/orgs/{OrgA}/members/{(await fixture.Host.CreateMemberAsync(OrgA, OrganisationRole.Recruiter)).Id}")),
        new("POST /api/admin/orgs/{A}/verification", Expect.Only(Outcome.SignInRequired, Outcome.Forbidden, Role.PlatformAdmin),
            c => c.HttpAsync(HttpMethod.Post, $"/api/admin/orgs/{OrgA}/verification", new { verified = true })),
        new("GET /admin/organisations", Expect.Only(Outcome.SignInRequired, Outcome.Forbidden, Role.PlatformAdmin),
            c => c.HttpAsync(HttpMethod.Get, "/admin/organisations")),

        // Rooms: watching is public; running a room belongs to its organisation's streamers and helpers.
        new("GET /api/rooms", Expect.Everyone(), c => c.HttpAsync(HttpMethod.Get, "/api/rooms")),
        new("GET /rooms/{room}", Expect.Everyone(), async c => await c.HttpAsync(HttpMethod.Get, $"/rooms/{await RoomAsync()}")),
        new("GET /rooms/{room}/transcript.vtt", Expect.Everyone(), async c => await c.HttpAsync(HttpMethod.Get, $"/rooms/{await RoomAsync()}/transcript.vtt")),
        new("GET /rooms/{room}/console", Expect.RoomStaffOfA(Outcome.SignInRequired, Outcome.Forbidden),
            async c => await c.HttpAsync(HttpMethod.Get, $"/rooms/{await RoomAsync()}/console")),
        new("POST /api/rooms/{room}/captions (no token)", Expect.Only(Outcome.SignInRequired, Outcome.SignInRequired),
            async c => await c.HttpAsync(HttpMethod.Post, $"/api/rooms/{await RoomAsync()}/captions", new { text = "hi", isFinal = true })),
        new("hub JoinRoom", Expect.Everyone(), async c => await c.HubAsync("JoinRoom", await RoomAsync(), null)),
        new("hub GetChat", Expect.Everyone(), async c => await c.HubAsync("GetChat", await RoomAsync())),
        new("hub SendChat", Expect.SignedIn(Outcome.Refused), async c => await c.HubAsync("SendChat", await RoomAsync(), "你好")),
        new("hub ReportChat", Expect.SignedIn(Outcome.Refused), async c =>
        {
            var (room, message) = await MessageAsync();
            return await c.HubAsync("ReportChat", room, message, "spam");
        }),
        new("hub SendCaption", Expect.RoomStaffOfA(Outcome.Refused, Outcome.Refused),
            async c => await c.HubAsync("SendCaption", await RoomAsync(), new CaptionInput { Text = "字幕", IsFinal = true })),
        new("hub StartRoom", Expect.RoomStaffOfA(Outcome.Refused, Outcome.Refused), async c => await c.HubAsync("StartRoom", await RoomAsync(start: false))),
        new("hub EndRoom", Expect.RoomStaffOfA(Outcome.Refused, Outcome.Refused), async c => await c.HubAsync("EndRoom", await RoomAsync())),
        new("hub DeleteChat", Expect.RoomStaffOfA(Outcome.Refused, Outcome.Refused), async c =>
        {
            var (room, message) = await MessageAsync();
            return await c.HubAsync("DeleteChat", room, message);
        }),
        new("hub MuteChatAuthor", Expect.RoomStaffOfA(Outcome.Refused, Outcome.Refused), async c =>
        {
            var (room, message) = await MessageAsync();
            return await c.HubAsync("MuteChatAuthor", room, message, 5);
        }),
        new("hub BlockChatAuthor", Expect.RoomStaffOfA(Outcome.Refused, Outcome.Refused), async c =>
        {
            var (room, message) = await MessageAsync();
            return await c.HubAsync("BlockChatAuthor", room, message);
        }),
        new("hub LiftChatRestriction", Expect.RoomStaffOfA(Outcome.Refused, Outcome.Refused), async c =>
        {
            var (room, message) = await MessageAsync();
            await Chat(room).MuteAuthor("moderator", message, TimeSpan.FromMinutes(5));
            return await c.HubAsync("LiftChatRestriction", room, Author);
        }),
        new("hub GetChatModeration", Expect.RoomStaffOfA(Outcome.Refused, Outcome.Refused), async c => await c.HubAsync("GetChatModeration", await RoomAsync())),
        new("hub DismissChatReport", Expect.RoomStaffOfA(Outcome.Refused, Outcome.Refused), async c =>
        {
            var (room, message) = await MessageAsync();
            var report = await Chat(room).Report("reporter", message, null);
            return await c.HubAsync("DismissChatReport", room, report.ReportId);
        }),
    ];

    public static TheoryData<string> RowNames => new(new AuthorizationMatrixTests(null!).Rows.Select(row => row.Name));

    [Theory]
    [MemberData(nameof(RowNames))]
    public async Task Every_role_gets_what_it_should(string rowName)
    {
        var row = Rows.Single(r => r.Name == rowName);
        var mismatches = new List<string>();
        foreach (var (role, expected) in row.Expected)
        {
            var actual = await row.Call(new MatrixCalls(fixture, role));
            if (actual != expected)
            {
                mismatches.Add($"{role}: expected {expected}, got {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{rowName}:\n" + string.Join("\n", mismatches));
    }

    private const string Author = "matrix-chat-author";

    private IRoomChatGrain Chat(string room) => fixture.Host.Grains.GetGrain<IRoomChatGrain>(room);

    private Task<string> RoomAsync(bool start = true) => fixture.Host.CreateRoomAsync(OrgA, start);

    /// <summary>A live room of org A with one message in it from someone else.</summary>
    private async Task<(string Room, string Message)> MessageAsync()
    {
        var room = await RoomAsync();
        var message = await Chat(room).Post(new ChatAuthor { PersonId = Author, DisplayName = "Author" }, "一条消息");
        return (room, message.MessageId);
    }
}
