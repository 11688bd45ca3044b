using System.Security.Claims;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Demo;

/// <summary>
/// Seeds demo accounts and rooms once (a room that already exists is left as it is), after the silo has
/// started. With demo content off it locks the demo accounts instead.
/// </summary>
internal sealed partial class DemoSeeder(
    IServiceScopeFactory scopes,
    IGrainFactory grains,
    IOptions<DemoOptions> options,
    TimeProvider time,
    ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LiveFairUser>>();
        if (!options.Value.Enabled)
        {
            await LockDemoAccountsAsync(users);
            return;
        }

        await SeedAccountsAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), users);
        foreach (var room in DemoRooms.Create(time.GetUtcNow()))
        {
            await SeedRoomAsync(room);
        }

        LogSeeded();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAccountsAsync(RoleManager<IdentityRole> roles, UserManager<LiveFairUser> users)
    {
        foreach (var role in LiveFairRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        foreach (var (email, displayName, role) in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new LiveFairUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
            Check(await users.CreateAsync(user, options.Value.Password));
            Check(await users.AddToRoleAsync(user, role));
            Check(await users.AddClaimsAsync(user, DemoAccounts.Organisations.Select(org => new Claim(LiveFairClaims.Organisation, org))));
        }
    }

    private async Task SeedRoomAsync(DemoRooms.DemoRoom room)
    {
        var grain = grains.GetGrain<IRoomGrain>(room.Id);
        try
        {
            await grain.GetSnapshot();
            return;
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            // not seeded yet
        }

        await grain.Schedule(room.Details);
        if (room.Status == RoomStatus.Scheduled)
        {
            return;
        }

        await grain.StartRoom();
        foreach (var (speaker, text) in room.Transcript)
        {
            await grain.PublishCaption(new CaptionInput { Text = text, Speaker = speaker, IsFinal = true });
        }

        if (room.Status == RoomStatus.Ended)
        {
            await grain.EndRoom();
        }
    }

    private static async Task LockDemoAccountsAsync(UserManager<LiveFairUser> users)
    {
        foreach (var (email, _, _) in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(email) is { } user)
            {
                await users.SetLockoutEnabledAsync(user, true);
                await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding demo accounts failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo rooms and accounts are ready")]
    private partial void LogSeeded();
}
