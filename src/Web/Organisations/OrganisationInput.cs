using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>
/// An organisation profile as a person or API client sends it: everything optional, so a missing field is
/// reported as a field error rather than a body that cannot be read. Bound from JSON and from page forms.
/// </summary>
public sealed class OrganisationInput
{
    public OrganisationKind? Kind { get; set; }

    public string? Name { get; set; }

    public string? City { get; set; }

    public string? Description { get; set; }

    /// <summary>Employers only.</summary>
    public string? Industry { get; set; }

    /// <summary>Employers only.</summary>
    public CompanySize? Size { get; set; }

    /// <summary>Employers only.</summary>
    public List<WorkplaceAccessibility>? AccessibilityFacts { get; set; }

    public static OrganisationInput From(OrganisationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new OrganisationInput
        {
            Kind = profile.Kind,
            Name = profile.Name,
            City = profile.City,
            Description = profile.Description,
            Industry = profile.Industry,
            Size = profile.Size,
            AccessibilityFacts = [.. profile.AccessibilityFacts],
        };
    }

    /// <summary>
    /// The page hides the employer section for other kinds, so whatever was ticked there before the kind
    /// changed is not what the person now means to send.
    /// </summary>
    public void DropEmployerFieldsUnlessEmployer()
    {
        if (Kind != OrganisationKind.Employer)
        {
            Industry = null;
            Size = null;
            AccessibilityFacts = null;
        }
    }
}
