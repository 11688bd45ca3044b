using LiveFair.Web.Identity;
using LiveFair.Web.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.MyAccount;

[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class DataModel(UserManager<LiveFairUser> users, SignInManager<LiveFairUser> signIn, AccountErasure erasure) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public bool Understood { get; set; }

    public string? ErrorKey { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!Understood)
        {
            ErrorKey = "people.delete_unchecked";
            return Page();
        }

        if (!await erasure.EraseWithPasswordAsync(user, Password, cancellationToken))
        {
            ErrorKey = "people.delete_wrong_password";
            return Page();
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/MyAccount/Deleted");
    }
}
