using LiveFair.Contracts.Common;
using LiveFair.Contracts.People;
using LiveFair.Silo.Storage;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.People;

/// <summary>
/// Deletes an account and everything LiveFair holds about the person. Other holders go first and the
/// account last: if a step fails, the person can still sign in and try again, and nothing they could
/// not see remains. Every step is idempotent for the same reason.
/// </summary>
public sealed partial class AccountErasure(
    IGrainFactory grains,
    UserManager<LiveFairUser> users,
    IEnumerable<IPersonalDataHolder> holders,
    LiveFairDatabase database,
    ILogger<AccountErasure> logger)
{
    /// <summary>Erases the account only when <paramref name="password"/> is its current password; false changes nothing.</summary>
    public async Task<bool> EraseWithPasswordAsync(LiveFairUser user, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            return false;
        }

        await EraseAsync(user, cancellationToken);
        return true;
    }

    public async Task EraseAsync(LiveFairUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var person = grains.GetGrain<IPersonGrain>(user.Id);
        var plan = await PlanAsync(person);
        foreach (var holder in holders)
        {
            await holder.EraseAsync(user.Id, plan, cancellationToken);
        }

        await person.EraseAll();
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException("The account could not be deleted: " + string.Join("; ", deleted.Errors.Select(error => error.Code)));
        }

        await database.FlushDeletedDataAsync(cancellationToken);
        LogErased(user.Id);
    }

    private static async Task<PersonErasure> PlanAsync(IPersonGrain person)
    {
        try
        {
            var export = await person.Export();
            return new PersonErasure
            {
                OrganisationIds = [.. export.Person.Memberships.Select(membership => membership.OrganisationId)],
                ChatRoomIds = export.ChatRoomIds,
            };
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            // A retry after the person grain was already erased: only the account is left.
            return new PersonErasure();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {PersonId} and its personal data were deleted")]
    private partial void LogErased(string personId);
}
