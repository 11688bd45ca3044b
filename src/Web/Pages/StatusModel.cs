using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages;

/// <summary>The page shown for an error status (re-executed by the status-page middleware).</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        // Reached directly, the page itself is fine; re-executed, it keeps the original status.
        Code = code is >= 400 and <= 599 ? code : 404;
    }
}
