using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
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

        var ids = await SeedAccountsAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), users);
        foreach (var organisation in DemoAccounts.Organisations)
        {
            await SeedOrganisationAsync(organisation, ids);
        }

        await SeedSeekerProfileAsync(ids[DemoAccounts.Seeker]);
        foreach (var room in DemoRooms.Create(time.GetUtcNow()))
        {
            await SeedRoomAsync(room);
        }

        await SeedFairAsync(ids[DemoAccounts.Streamer], ids[DemoAccounts.Recruiter]);

        LogSeeded();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<Dictionary<DemoAccounts.DemoAccount, string>> SeedAccountsAsync(RoleManager<IdentityRole> roles, UserManager<LiveFairUser> users)
    {
        foreach (var role in LiveFairRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var ids = new Dictionary<DemoAccounts.DemoAccount, string>();
        foreach (var account in DemoAccounts.All)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new LiveFairUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName };
                Check(await users.CreateAsync(user, options.Value.Password));
                if (account.PlatformAdmin)
                {
                    Check(await users.AddToRoleAsync(user, LiveFairRoles.PlatformAdmin));
                }
            }

            await grains.GetGrain<IPersonGrain>(user.Id).Register();
            ids[account] = user.Id;
        }

        return ids;
    }

    private async Task SeedOrganisationAsync(DemoAccounts.DemoOrganisation demo, Dictionary<DemoAccounts.DemoAccount, string> ids)
    {
        var organisation = grains.GetGrain<IOrganisationGrain>(demo.Id);
        var founderId = ids[demo.Founder];
        try
        {
            await organisation.GetView();
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            await organisation.Create(demo.Profile, Identity(demo.Founder, founderId));
            await organisation.SetRoles(founderId, founderId, demo.FounderRoles);
            if (demo.Verified)
            {
                await organisation.SetVerified(true, ids[DemoAccounts.Admin]);
            }
        }

        foreach (var (account, roles) in demo.Members)
        {
            if ((await organisation.GetRoles(ids[account])).Count == 0)
            {
                var invitation = await organisation.Invite(founderId, new InvitationInput { Email = account.Email, Roles = roles });
                await organisation.AcceptInvitation(invitation.Token!, Identity(account, ids[account]));
            }
        }
    }

    private static MemberIdentity Identity(DemoAccounts.DemoAccount account, string personId) =>
        new() { PersonId = personId, DisplayName = account.DisplayName, Email = account.Email };

    private async Task SeedSeekerProfileAsync(string personId)
    {
        var person = grains.GetGrain<IPersonGrain>(personId);
        if ((await person.GetView()).Profile.City is not null)
        {
            return;
        }

        await person.UpdateProfile(new SeekerProfile
        {
            FullName = "演示求职者",
            City = "广州",
            Education = EducationLevel.JuniorCollege,
            Major = "计算机应用",
            GraduationYear = 2024,
            IntendedSectors = [Sector.StateOwned, Sector.Private],
            ServicesWanted = [SupportService.CvAndInterviewCoaching, SupportService.SpecialJobFairs],
            Skills = ["数据录入", "软件测试"],
            Cv = "演示数据：两年数据录入经验，熟悉读屏软件。",
        });
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

    /// <summary>Jobs, booths and a pinned job in the live demo fair; done once, when the fair has no booths yet.</summary>
    private async Task SeedFairAsync(string streamerId, string recruiterId)
    {
        var fair = grains.GetGrain<IFairGrain>(DemoFair.RoomId);
        if ((await fair.GetView()).Booths.Count > 0)
        {
            return;
        }

        foreach (var job in DemoFair.Jobs)
        {
            var grain = grains.GetGrain<IJobGrain>(job.Id);
            try
            {
                await grain.GetView();
            }
            catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
            {
                await grain.Create(recruiterId, job.EmployerId, job.Posting);
                await grain.Publish(recruiterId);
            }
        }

        foreach (var employer in DemoFair.Jobs.GroupBy(job => job.EmployerId))
        {
            await fair.InviteEmployer(streamerId, employer.Key);
            await fair.AcceptInvitation(recruiterId, employer.Key, new BoothSetup
            {
                JobIds = [.. employer.Select(job => job.Id)],
                RecruiterIds = [recruiterId],
            });
        }

        await fair.PinJob(streamerId, BoothIds.For(DemoFair.RoomId, DemoAccounts.EmployerId), DemoFair.PinnedJobId);
    }

    private static async Task LockDemoAccountsAsync(UserManager<LiveFairUser> users)
    {
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(account.Email) is { } user)
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
