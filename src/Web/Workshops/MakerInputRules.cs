using LiveFair.Contracts.Workshops;
using LiveFair.Web.Organisations;

namespace LiveFair.Web.Workshops;

/// <summary>What Web checks before it asks the workshop grain, so people get one message per field at once; the grain checks again.</summary>
public static class MakerInputRules
{
    public static IReadOnlyList<FieldError> Validate(MakerRequest request, out MakerInput? input)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        var name = Text(errors, "displayName", "maker.display_name", request.DisplayName, MakerLimits.DisplayName, required: true, multiline: false);
        var story = Text(errors, "story", "maker.story", request.Story, MakerLimits.Story, required: false, multiline: true);
        input = errors.Count > 0 ? null : new MakerInput { DisplayName = name!, Story = story ?? "", PublicConsent = request.PublicConsent };
        return errors;
    }

    /// <summary>Trimmed, line breaks counted once; otherwise exactly as typed (markup included: it is always shown escaped).</summary>
    internal static string? Text(List<FieldError> errors, string field, string code, string? value, int maxLength, bool required, bool multiline)
    {
        var text = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(new FieldError(field, code + ".empty", $"The {field} is required."));
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(field, code + ".too_long", $"The {field} can be at most {maxLength} characters."));
            return null;
        }

        if (text.Any(c => char.IsControl(c) && !(multiline && c == '\n')))
        {
            errors.Add(new FieldError(field, code + ".control", $"The {field} may not contain control characters{(multiline ? " other than line breaks" : "")}."));
            return null;
        }

        return text;
    }
}
