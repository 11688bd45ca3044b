using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.People;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Rooms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Booths;

/// <summary>
/// The recruiter console of one booth: the queue, calling the next person, the text interview with the
/// applicant's shared accommodations first, and outcomes. The booth decides who is a recruiter on every call.
/// </summary>
public sealed class ConsoleModel(RoomDirectory directory, IGrainFactory grains, Texts texts) : PageModel
{
    public BoothContext Context { get; private set; } = null!;

    public string ConfigJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string roomId, string employerId)
    {
        if (await LoadAsync(roomId, employerId) is { } refusal)
        {
            return refusal;
        }

        ConfigJson = BoothScriptConfig.Serialize(roomId, employerId, texts, signedIn: true);
        return Page();
    }

    /// <summary>What the recruiter may see of one applicant, drawn by the server so every label is translated here.</summary>
    public async Task<IActionResult> OnGetApplicantAsync(string roomId, string employerId, string? applicationId)
    {
        if (await LoadAsync(roomId, employerId) is { } refusal)
        {
            return refusal;
        }

        if (!ApplicationIds.IsValid(applicationId))
        {
            return NotFound();
        }

        // A profile, perhaps with the disability section, has no form on it, so nothing else marks it
        // uncacheable: it must not stay in shared caches or the browser's disk cache (as the REST answer).
        Response.Headers.CacheControl = "no-store";
        try
        {
            var applicant = await grains.GetGrain<IBoothGrain>(Context.BoothId).GetApplicant(User.PersonId()!, applicationId!);
            return Partial("_Applicant", applicant);
        }
        catch (DomainException missing) when (missing.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult?> LoadAsync(string roomId, string employerId)
    {
        if (await BoothContext.LoadAsync(directory, grains, roomId, employerId) is not { } context)
        {
            return NotFound();
        }

        if (User.PersonId() is not { } personId)
        {
            return Challenge();
        }

        if (!await grains.GetGrain<IBoothGrain>(context.BoothId).IsRecruiter(personId))
        {
            return Forbid();
        }

        Context = context;
        return null;
    }
}
