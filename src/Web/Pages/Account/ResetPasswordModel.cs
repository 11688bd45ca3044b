using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Account;

public sealed class ResetPasswordModel(PasswordResets resets) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>False once the link is known to be bad, so the page offers a new link instead of a form.</summary>
    public bool LinkIsUsable => !Errors.All.Any(e => e.Code == AccountErrors.ResetLinkInvalid);

    public async Task OnGetAsync()
    {
        // Checked on arrival too, so nobody types a new password into a link that can no longer work.
        if (!await resets.IsLinkValidAsync(UserId, Code))
        {
            Errors.Add(AccountError.FormField, AccountErrors.ResetLinkInvalid);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = await resets.ResetAsync(UserId, Code, Password, ConfirmPassword);
        if (errors.Count > 0)
        {
            Errors.AddRange(errors);
            return Page();
        }

        return LocalRedirect("/account/login?reset=true");
    }
}
