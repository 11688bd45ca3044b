using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Common;
using LiveFair.Silo.Rooms;

namespace LiveFair.Silo.Organisations;

/// <summary>Validates and normalises what callers send an organisation; the results are what gets stored.</summary>
internal static partial class OrganisationRules
{
    public const int MaxEmail = 254;
    public const int MaxDisplayName = 60;
    public const int MaxPersonId = 128;

    public static OrganisationProfile Profile(OrganisationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var kind = EnumRules.Required(profile.Kind, "organisation.invalid_kind", "Kind");
        var industry = TextRules.Optional(profile.Industry, OrganisationLimits.Industry, "Industry", "organisation.industry");
        var size = EnumRules.Optional(profile.Size, "organisation.invalid_size", "Company size");
        var facts = EnumRules.DistinctList(
            profile.AccessibilityFacts, "organisation.invalid_accessibility", "organisation.duplicate_accessibility", "Accessibility facts");
        if (kind != OrganisationKind.Employer && (industry.Length > 0 || size is not null || facts.Count > 0))
        {
            throw OrganisationErrors.Invalid("organisation.invalid_for_kind", "Industry, company size and accessibility facts are for employers only.");
        }

        return new OrganisationProfile
        {
            Kind = kind,
            Name = TextRules.Required(profile.Name, OrganisationLimits.Name, "Name", "organisation.name"),
            City = TextRules.Required(profile.City, OrganisationLimits.City, "City", "organisation.city"),
            Description = TextRules.OptionalMultiline(profile.Description, OrganisationLimits.Description, "Description", "organisation.description"),
            Industry = industry.Length == 0 ? null : industry,
            Size = size,
            AccessibilityFacts = facts,
        };
    }

    /// <summary>Roles to give: at least one, each once and defined; stored in enum order.</summary>
    public static IReadOnlyList<OrganisationRole> Roles(IReadOnlyList<OrganisationRole>? roles)
    {
        var checkedRoles = EnumRules.DistinctList(roles, "organisation.invalid_role", "organisation.duplicate_role", "Roles");
        return checkedRoles.Count == 0
            ? throw OrganisationErrors.Invalid("organisation.roles_empty", "Give at least one role.")
            : [.. checkedRoles.Order()];
    }

    public static MemberIdentity Identity(MemberIdentity person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new MemberIdentity
        {
            PersonId = TextRules.Required(person.PersonId, MaxPersonId, "Person id", "organisation.person_id"),
            DisplayName = TextRules.Required(person.DisplayName, MaxDisplayName, "Display name", "organisation.display_name"),
            Email = Email(person.Email),
        };
    }

    /// <summary>
    /// A deliberately simple check (one @, no spaces, a dot in the domain): the invitation mail itself proves
    /// the address. Lower-cased so that the invited and the accepting address compare equal.
    /// </summary>
    [SuppressMessage("Globalization", "CA1308", Justification = "Email addresses are compared and shown in lower case.")]
    public static string Email(string? email)
    {
        var value = TextRules.Normalise(email)?.ToLowerInvariant() ?? "";
        if (value.Length == 0 || value.Length > MaxEmail || value.Any(char.IsControl) || !EmailPattern().IsMatch(value))
        {
            throw OrganisationErrors.Invalid("organisation.invalid_email", $"The email address is not valid (at most {MaxEmail} characters, like name@example.com).");
        }

        return value;
    }

    [GeneratedRegex(@"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
