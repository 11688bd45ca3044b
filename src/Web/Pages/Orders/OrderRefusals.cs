using LiveFair.Contracts.Common;
using LiveFair.Web.Localization;
using LiveFair.Web.Orders;
using LiveFair.Web.Organisations;
using LiveFair.Web.Pages.Organisations;

namespace LiveFair.Web.Pages.Orders;

/// <summary>Order and product refusals in the visitor's words: on the field they are about, otherwise for the whole form.</summary>
public static class OrderRefusals
{
    public static string Text(Texts texts, string code)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var key = OrderTexts.ErrorKey(code);
        var text = texts[key];
        return text == key ? texts["orders.error.generic"] : text;
    }

    public static void Add(FormErrors errors, Texts texts, IEnumerable<FieldError> found)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Add(found.Select(error => error with { Message = Text(texts, error.Code) }).ToList());
    }

    public static void Add(FormErrors errors, Texts texts, DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(refusal);
        if (OrderInputRules.FieldOf(refusal.Code) is { } field)
        {
            errors.Add([new FieldError(field, refusal.Code, Text(texts, refusal.Code))]);
        }
        else
        {
            errors.Add(Text(texts, refusal.Code));
        }
    }
}
