using LiveFair.Contracts.Common;
using LiveFair.Contracts.People;
using LiveFair.Web.Identity;
using LiveFair.Web.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.MyAccount;

[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class ProfileModel(IGrainFactory grains) : PageModel
{
    public PersonView Person { get; private set; } = null!;

    [BindProperty]
    public ProfileForm Form { get; set; } = new();

    [BindProperty]
    public DisabilityForm Disability { get; set; } = new();

    [BindProperty]
    public bool ConsentGiven { get; set; }

    /// <summary>The refusal to show, as a text key and the field it belongs to.</summary>
    public FormError? Error { get; private set; }

    /// <summary>What just succeeded, announced in the status region.</summary>
    public string? SavedKey { get; private set; }

    private IPersonGrain Grain => grains.GetGrain<IPersonGrain>(User.PersonId()!);

    public async Task OnGetAsync()
    {
        Person = await Grain.GetView();
        Form = ProfileForm.From(Person.Profile);
        Disability = DisabilityForm.From(Person.Disability);
    }

    public Task<IActionResult> OnPostProfileAsync() => RunAsync("people.saved_profile", async () =>
    {
        if (!ModelState.IsValid)
        {
            throw PersonFormErrors.NotANumber(ModelState);
        }

        return await Grain.UpdateProfile(Form.ToProfile());
    });

    public Task<IActionResult> OnPostConsentAsync() => RunAsync("people.saved_consent", () =>
        ConsentGiven
            ? Grain.GiveDisabilityConsent(DisabilityConsent.CurrentVersion)
            : throw new DomainException(ErrorKind.Invalid, "people.consent_unchecked", "Tick the box to consent."));

    public Task<IActionResult> OnPostDisabilityAsync() => RunAsync("people.saved_disability", () =>
        Disability.ToInfo() is { } info
            ? Grain.SaveDisability(info)
            : throw new DomainException(ErrorKind.Invalid, "people.category_missing", "Choose a category and a level."));

    public Task<IActionResult> OnPostWithdrawAsync() => RunAsync("people.withdrawn", Grain.WithdrawDisabilityConsent);

    /// <summary>Runs one change; on refusal the page shows what was typed, with the error, and nothing is saved.</summary>
    private async Task<IActionResult> RunAsync(string savedKey, Func<Task<PersonView>> change)
    {
        try
        {
            Person = await change();
            SavedKey = savedKey;
            Form = ProfileForm.From(Person.Profile);
            Disability = DisabilityForm.From(Person.Disability);
            ModelState.Clear();
        }
        catch (DomainException exception) when (exception.Kind is ErrorKind.Invalid or ErrorKind.Conflict)
        {
            Error = PersonFormErrors.For(exception);
            Person = await Grain.GetView();
        }

        return Page();
    }
}
