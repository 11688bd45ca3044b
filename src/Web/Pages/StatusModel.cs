using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages;

/// <summary>
/// The page shown for an error status. It is re-executed with the failed request's method, so it may be
/// a POST whose form was refused: it has no handlers and binds nothing, so the form is never read.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code =>
        int.TryParse(RouteData.Values["code"]?.ToString(), out var code) && code is >= 400 and <= 599 ? code : 404;
}
