using System.Text.Json;
using System.Text.Json.Serialization;
using LiveFair.Contracts.People;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.People;

/// <summary>Everything LiveFair holds about one person, as one JSON document (PIPL Art. 45).</summary>
public sealed class PersonalDataExport(
    IGrainFactory grains,
    UserManager<LiveFairUser> users,
    IEnumerable<IPersonalDataHolder> holders,
    TimeProvider time)
{
    public const string Format = "livefair-personal-data/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<byte[]> CreateAsync(LiveFairUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var person = await grains.GetGrain<IPersonGrain>(user.Id).Export();
        var document = new Dictionary<string, object?>
        {
            ["format"] = Format,
            ["exportedAt"] = time.GetUtcNow(),
            ["account"] = new
            {
                id = user.Id,
                email = user.Email,
                emailConfirmed = user.EmailConfirmed,
                displayName = user.DisplayName,
                phoneNumber = user.PhoneNumber,
                platformRoles = await users.GetRolesAsync(user),
                lockoutEnd = user.LockoutEnd,
                failedSignInAttempts = user.AccessFailedCount,
            },
            ["person"] = person,
        };
        foreach (var holder in holders)
        {
            if (await holder.ExportAsync(user.Id, person, cancellationToken) is { } section)
            {
                document[holder.Section] = section;
            }
        }

        // The file is for the person to read and to take elsewhere: Chinese stays readable, not \u-escaped.
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }
}
