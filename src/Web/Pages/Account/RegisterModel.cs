using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Account;

public sealed class RegisterModel(AccountRegistration registration, SignInManager<LiveFairUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>Where to go afterwards: the return URL when it is a path on this site, else the lobby.</summary>
    public string SafeReturnUrl => LocalizationExtensions.IsLocalPath(ReturnUrl) ? ReturnUrl : "/";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await registration.RegisterAsync(new RegistrationInput(Email, DisplayName, Password, ConfirmPassword));
        if (result.User is not { } user)
        {
            Errors.AddRange(result.Errors);
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(SafeReturnUrl);
    }
}
