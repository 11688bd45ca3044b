using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.People;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Pages.Organisations;
using LiveFair.Web.Rooms;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Booths;

/// <summary>
/// A booth for job seekers: the employer, its jobs with their accessibility facts, applying (with the choice to
/// share the disability section), and the seeker's live place and interview. Posts work without script; with
/// script the queue panel follows the place live.
/// </summary>
public sealed class BoothModel(RoomDirectory directory, IGrainFactory grains, UserManager<LiveFairUser> accounts, Texts texts) : PageModel
{
    public BoothContext Context { get; private set; } = null!;

    public QueuePanel? Queue { get; private set; }

    public bool SignedIn { get; private set; }

    /// <summary>Whether the person keeps a disability section they could choose to share.</summary>
    public bool HasDisabilitySection { get; private set; }

    public bool IsRecruiter { get; private set; }

    public string? Error { get; private set; }

    public string ConfigJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string roomId, string employerId)
    {
        if (await BoothContext.LoadAsync(directory, grains, roomId, employerId) is not { } context)
        {
            return NotFound();
        }

        await LoadAsync(context);
        return Page();
    }

    /// <summary>The seeker's queue panel alone, for the room page to insert after applying from a pinned card.</summary>
    public async Task<IActionResult> OnGetPanelAsync(string roomId, string employerId)
    {
        if (await BoothContext.LoadAsync(directory, grains, roomId, employerId) is not { } context || User.PersonId() is not { } personId)
        {
            return NotFound();
        }

        return Partial("_QueuePanel", await QueuePanel.LoadAsync(grains, context, personId));
    }

    public async Task<IActionResult> OnPostApplyAsync(string roomId, string employerId, string? jobId, bool shareDisability, string? returnUrl)
    {
        if (await BoothContext.LoadAsync(directory, grains, roomId, employerId) is not { } context)
        {
            return NotFound();
        }

        if (User.PersonId() is not { } personId)
        {
            return Challenge();
        }

        try
        {
            var applicant = new Applicant { PersonId = personId, DisplayName = await ChatAuthorNames.ForAsync(User, accounts) };
            await grains.GetGrain<IBoothGrain>(context.BoothId).Apply(applicant, new ApplyInput { JobId = jobId ?? "", ShareDisability = shareDisability });
        }
        catch (DomainException refusal)
        {
            Error = QueueErrors.Text(texts, refusal);
            await LoadAsync(context);
            return Page();
        }

        TempData[StatusMessage.Key] = texts["queue.applied"];
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! + "#queue" : $"/rooms/{roomId}/booths/{employerId}#queue");
    }

    public async Task<IActionResult> OnPostLeaveAsync(string roomId, string employerId) =>
        await ActAsync(roomId, employerId, booth => booth.Leave(User.PersonId()!), "queue.left");

    public async Task<IActionResult> OnPostAnswerAsync(string roomId, string employerId) =>
        await ActAsync(roomId, employerId, booth => booth.Answer(User.PersonId()!), "queue.answered");

    private async Task<IActionResult> ActAsync(string roomId, string employerId, Func<IBoothGrain, Task> act, string done)
    {
        if (await BoothContext.LoadAsync(directory, grains, roomId, employerId) is not { } context)
        {
            return NotFound();
        }

        if (User.PersonId() is null)
        {
            return Challenge();
        }

        try
        {
            await act(grains.GetGrain<IBoothGrain>(context.BoothId));
        }
        catch (DomainException refusal)
        {
            Error = QueueErrors.Text(texts, refusal);
            await LoadAsync(context);
            return Page();
        }

        TempData[StatusMessage.Key] = texts[done];
        return LocalRedirect($"/rooms/{roomId}/booths/{employerId}#queue");
    }

    private async Task LoadAsync(BoothContext context)
    {
        Context = context;
        var personId = User.PersonId();
        SignedIn = personId is not null;
        if (personId is not null)
        {
            var booth = grains.GetGrain<IBoothGrain>(context.BoothId);
            Queue = await QueuePanel.LoadAsync(grains, context, personId);
            IsRecruiter = await booth.IsRecruiter(personId);
            try
            {
                HasDisabilitySection = (await grains.GetGrain<IPersonGrain>(personId).GetView()).Disability is not null;
            }
            catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
            {
                HasDisabilitySection = false;
            }
        }

        ConfigJson = BoothScriptConfig.Serialize(context.Room.RoomId, context.Booth.EmployerId, texts, SignedIn);
    }
}
