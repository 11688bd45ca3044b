using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Account;

public sealed class LoginModel(AccountSignIn accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Set by the reset page's redirect, to confirm the new password took.</summary>
    [BindProperty(SupportsGet = true, Name = "reset")]
    public bool PasswordWasReset { get; set; }

    public FormErrors Errors { get; } = new();

    public string SafeReturnUrl => LocalizationExtensions.IsLocalPath(ReturnUrl) ? ReturnUrl : "/";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Errors.Add(AccountFields.Email, "login.required");
            return Page();
        }

        // Both failures are tied to the email field: the message is the same whether the email or the password was wrong.
        switch (await accounts.PasswordSignInAsync(Email, Password))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(SafeReturnUrl);
            case SignInOutcome.LockedOut:
                Errors.Add(AccountFields.Email, "login.locked");
                break;
            default:
                Errors.Add(AccountFields.Email, "login.failed");
                break;
        }

        return Page();
    }
}
