using LiveFair.Contracts.Common;
using LiveFair.Web.Localization;
using LiveFair.Web.Pages.Organisations;

namespace LiveFair.Web.Fairs;

/// <summary>A refused fair command in words the visitor can act on: the fair's own texts first, then the organisations'.</summary>
public static class FairRefusals
{
    public static string Text(Texts texts, DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(refusal);
        var key = "fairs.refused." + refusal.Code;
        var text = texts[key];
        return text == key ? FormErrors.Refusal(texts, refusal) : text;
    }

    public static void AddTo(FormErrors errors, Texts texts, DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Add(Text(texts, refusal));
    }
}
