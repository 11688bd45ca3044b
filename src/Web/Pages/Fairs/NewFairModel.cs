using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Fairs;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Organisations;
using LiveFair.Web.Pages.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Fairs;

/// <summary>The create-fair form for the host's admins and streamers; the same <see cref="FairCreation"/> as the API.</summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class NewFairModel(IGrainFactory grains, FairCreation creation, Texts texts) : PageModel
{
    [BindProperty]
    public FairForm Input { get; set; } = new();

    public OrganisationView Organisation { get; private set; } = null!;

    public FormErrors Errors { get; } = new(texts);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        // A sensible default: tomorrow morning, three hours.
        var tomorrow = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Date.AddDays(1).AddHours(9);
        var start = new DateTimeOffset(tomorrow, TimeSpan.FromHours(8));
        Input.Start ??= FairFormRules.FormatTime(start);
        Input.End ??= FairFormRules.FormatTime(start.AddHours(3));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        var fieldErrors = new List<FieldError>();
        var request = FairFormRules.ToRequest(id, Input, texts, fieldErrors);
        if (fieldErrors.Count > 0)
        {
            Errors.Add(fieldErrors);
            return Page();
        }

        string roomId;
        try
        {
            roomId = (await creation.CreateAsync(User.PersonId()!, request)).RoomId;
        }
        catch (DomainException refusal)
        {
            if (FairFormRules.FromRefusal(refusal, texts) is { } field)
            {
                Errors.Add([field]);
            }
            else
            {
                FairRefusals.AddTo(Errors, texts, refusal);
            }

            return Page();
        }

        return Redirect($"/rooms/{roomId}/fair");
    }

    private async Task<IActionResult?> LoadAsync(string id)
    {
        var organisation = grains.GetGrain<IOrganisationGrain>(id);
        try
        {
            Organisation = await organisation.GetView();
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        var roles = await organisation.GetRoles(User.PersonId()!);
        var canCreate = (roles.Contains(OrganisationRole.Admin) || roles.Contains(OrganisationRole.Streamer))
            && Organisation.Profile.Kind is OrganisationKind.Employer or OrganisationKind.ServiceOrganisation;
        return canCreate ? null : Forbid();
    }
}
