using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Workshops;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Media;
using LiveFair.Web.Organisations;
using LiveFair.Web.Pages.Organisations;
using LiveFair.Web.Workshops;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Pages.Workshops;

/// <summary>
/// A workshop's makers for its admins and streamers: add, edit (with the consent answer), remove, and their photos
/// (uploaded through <see cref="MakerPhotoModel"/>). Every form works without script.
/// </summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class MakersModel(IGrainFactory grains, WorkshopAccess access, MakerPhotos photos, IOptions<MediaOptions> media, Texts texts) : PageModel
{
    /// <summary>What was typed as alt text with a refused photo upload (for the maker in <c>FailedForm</c>); offered again.</summary>
    public string? UploadAltText { get; private set; }

    /// <summary>Marks the add form in <see cref="FailedForm"/>.</summary>
    public const string AddForm = "new";

    [BindProperty]
    public MakerRequest Input { get; set; } = new();

    public FormErrors Errors { get; private set; } = new(texts);

    /// <summary>The form the errors belong to: <see cref="AddForm"/> or a maker id; null when nothing failed.</summary>
    public string? FailedForm { get; private set; }

    public OrganisationView Workshop { get; private set; } = null!;

    public IReadOnlyList<Maker> Makers { get; private set; } = [];

    public IReadOnlyDictionary<string, string> MemberNames { get; private set; } = new Dictionary<string, string>();

    public long MaxUploadMegabytes => media.Value.Images.MaxUploadBytes / (1024 * 1024);

    private string Me => User.PersonId()!;

    public async Task<IActionResult> OnGetAsync(string orgId) => await LoadAsync(orgId) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(string orgId)
    {
        if (await LoadAsync(orgId) is { } refused)
        {
            return refused;
        }

        return await ChangeAsync(AddForm, async input => await grains.GetGrain<IWorkshopGrain>(orgId).AddMaker(Me, input), "makers.added");
    }

    public async Task<IActionResult> OnPostUpdateAsync(string orgId, string makerId)
    {
        if (await LoadAsync(orgId) is { } refused)
        {
            return refused;
        }

        return await ChangeAsync(makerId, async input => await grains.GetGrain<IWorkshopGrain>(orgId).UpdateMaker(Me, makerId, input), "makers.saved");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string orgId, string makerId) =>
        await ActAsync(orgId, makerId, () => grains.GetGrain<IWorkshopGrain>(orgId).RemoveMaker(Me, makerId), "makers.removed");

    public async Task<IActionResult> OnPostRemovePhotoAsync(string orgId, string makerId) =>
        await ActAsync(orgId, makerId, () => photos.ClearAsync(orgId, makerId, Me), "makers.photo_removed");

    /// <summary>Who recorded a consent answer, by name when they are (still) a member.</summary>
    public string NameOf(string? personId) =>
        personId is not null && MemberNames.TryGetValue(personId, out var name) ? name : texts["makers.someone"];

    private async Task<IActionResult> ChangeAsync(string form, Func<MakerInput, Task<Maker>> change, string savedKey)
    {
        var errors = MakerInputRules.Validate(Input, out var input);
        if (errors.Count > 0)
        {
            Fail(form, errors.Select(e => e with { Message = texts[MakerTexts.ErrorKey(e.Code)] }));
            return Page();
        }

        try
        {
            var maker = await change(input!);
            TempData[StatusMessage.Key] = texts.Format(savedKey, maker.DisplayName);
            return Redirect($"/orgs/{Workshop.OrganisationId}/makers");
        }
        catch (DomainException refusal)
        {
            Fail(form, refusal);
            return Page();
        }
    }

    private async Task<IActionResult> ActAsync(string orgId, string makerId, Func<Task<Maker>> act, string doneKey)
    {
        if (await LoadAsync(orgId) is { } refused)
        {
            return refused;
        }

        try
        {
            var maker = await act();
            TempData[StatusMessage.Key] = texts.Format(doneKey, maker.DisplayName);
            return Redirect($"/orgs/{orgId}/makers");
        }
        catch (DomainException refusal)
        {
            Fail(makerId, refusal);
            return Page();
        }
    }

    private void Fail(string form, IEnumerable<FieldError> errors)
    {
        FailedForm = form;
        Errors = new FormErrors(texts, form == AddForm ? "new-" : $"m-{form}-");
        Errors.Add(errors);
    }

    private void Fail(string form, DomainException refusal)
    {
        var key = MakerTexts.ErrorKey(refusal.Code);
        var field = refusal.Code.StartsWith("maker.display_name", StringComparison.Ordinal) ? "displayName"
            : refusal.Code.StartsWith("maker.story", StringComparison.Ordinal) ? "story" : null;
        var text = texts[key] == key ? texts[LiveFair.Web.Products.ProductTexts.ErrorKey("generic")] : texts[key];
        if (field is not null)
        {
            Fail(form, [new FieldError(field, refusal.Code, text)]);
        }
        else
        {
            FailedForm = form;
            Errors.Add(text);
        }
    }

    /// <summary>Null when the page may be shown; 404 for an unknown organisation or one that is not a workshop, 403 for non-managers.</summary>
    private async Task<IActionResult?> LoadAsync(string orgId)
    {
        try
        {
            Workshop = await access.GetWorkshopAsync(orgId);
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (!await access.IsManagerAsync(orgId, User.PersonId()))
        {
            return Forbid();
        }

        var organisation = grains.GetGrain<IOrganisationGrain>(orgId);
        Makers = [.. (await grains.GetGrain<IWorkshopGrain>(orgId).GetMakers(Me)).Where(maker => !maker.Removed)];
        MemberNames = (await organisation.GetMembers(Me)).ToDictionary(member => member.Person.PersonId, member => member.Person.DisplayName, StringComparer.Ordinal);
        if (TempData.Peek(MakerPhotoModel.ErrorKey) is string photoError && TempData.Peek(MakerPhotoModel.ErrorMakerKey) is string photoMaker)
        {
            TempData.Remove(MakerPhotoModel.ErrorKey);
            TempData.Remove(MakerPhotoModel.ErrorMakerKey);
            UploadAltText = TempData[MakerPhotoModel.AltTextKey] as string;
            FailedForm = photoMaker;
            Errors = new FormErrors(texts, $"m-{photoMaker}-");
            Errors.Add([new FieldError("photo", "photo", photoError)]);
        }

        return null;
    }
}
