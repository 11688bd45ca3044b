using LiveFair.Contracts.Common;
using LiveFair.Web.Localization;

namespace LiveFair.Web.Pages.Booths;

/// <summary>A booth's refusal in the visitor's language; codes without a translation fall back to the grain's English.</summary>
internal static class QueueErrors
{
    public static string Text(Texts texts, DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(refusal);
        var key = "queue.error." + refusal.Code;
        var text = texts[key];
        return text == key ? refusal.Message : text;
    }
}
