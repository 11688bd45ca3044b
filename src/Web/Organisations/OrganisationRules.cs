using System.Globalization;
using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>
/// What Web checks before it asks the organisation grain, so people get one message per field. The grain
/// checks again and stays the authority; text is kept as typed (markup included) and escaped when shown.
/// </summary>
public static class OrganisationRules
{
    public static IReadOnlyList<FieldError> Validate(OrganisationInput input, out OrganisationProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var kind = input.Kind;
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            errors.Add(new FieldError("kind", "required", "Choose the kind of organisation."));
        }

        var name = Required(errors, "name", input.Name, OrganisationLimits.Name);
        var city = Required(errors, "city", input.City, OrganisationLimits.City);
        var description = Optional(errors, "description", input.Description, OrganisationLimits.Description) ?? "";
        var industry = Optional(errors, "industry", input.Industry, OrganisationLimits.Industry);
        var facts = input.AccessibilityFacts ?? [];
        if (facts.Any(fact => !Enum.IsDefined(fact)))
        {
            errors.Add(new FieldError("accessibilityFacts", "invalid", "An accessibility fact is not one of the listed ones."));
        }

        if (input.Size is { } size && !Enum.IsDefined(size))
        {
            errors.Add(new FieldError("size", "invalid", "Choose one of the listed company sizes."));
        }

        if (kind is not null && kind != OrganisationKind.Employer)
        {
            foreach (var (field, present) in new[] { ("industry", industry is not null), ("size", input.Size is not null), ("accessibilityFacts", facts.Count > 0) })
            {
                if (present)
                {
                    errors.Add(new FieldError(field, "employer_only", "Only employers give this."));
                }
            }
        }

        profile = errors.Count > 0 ? null : new OrganisationProfile
        {
            Kind = kind!.Value,
            Name = name!,
            City = city!,
            Description = description,
            Industry = industry,
            Size = input.Size,
            AccessibilityFacts = [.. facts.Distinct().Order()],
        };
        return errors;
    }

    /// <summary>Errors keyed by field, as validation problem details carry them.</summary>
    public static Dictionary<string, string[]> ToDictionary(IEnumerable<FieldError> errors) =>
        errors.GroupBy(error => error.Field, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray(), StringComparer.Ordinal);

    internal static string? Required(List<FieldError> errors, string field, string? value, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new FieldError(field, "required", string.Create(CultureInfo.InvariantCulture, $"The {field} is required.")));
            return null;
        }

        return WithinLength(errors, field, text, maxLength);
    }

    internal static string? Optional(List<FieldError> errors, string field, string? value, int maxLength)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : WithinLength(errors, field, text, maxLength);
    }

    private static string? WithinLength(List<FieldError> errors, string field, string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(field, "too_long", string.Create(CultureInfo.InvariantCulture, $"The {field} is longer than {maxLength} characters.")));
            return null;
        }

        return text;
    }
}
