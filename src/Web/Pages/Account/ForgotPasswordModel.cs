using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Pages.Account;

public sealed class ForgotPasswordModel(PasswordResets resets, IOptions<AccountOptions> options) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public int LinkMinutes => (int)options.Value.ResetLinkLifetime.TotalMinutes;

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Email?.Trim() ?? "";
        var problems = new List<AccountError>();
        AccountInputRules.CheckEmail(email, problems);
        if (problems.Count > 0)
        {
            Errors.AddRange(problems);
            return Page();
        }

        await resets.RequestAsync(email);
        Sent = true;
        return Page();
    }
}
