using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Organisations;
using Xunit;

namespace LiveFair.Silo.Tests.Organisations;

public sealed class OrganisationRulesTests
{
    public static TheoryData<string, OrganisationProfile> InvalidProfiles => new()
    {
        { "organisation.name.empty", TestOrganisations.Employer(name: " ") },
        { "organisation.name.too_long", TestOrganisations.Employer(name: new string('n', OrganisationLimits.Name + 1)) },
        { "organisation.name.invalid_characters", TestOrganisations.Employer(name: "Acme\u0000") },
        { "organisation.city.empty", TestOrganisations.Employer() with { City = "" } },
        { "organisation.city.too_long", TestOrganisations.Employer() with { City = new string('c', OrganisationLimits.City + 1) } },
        { "organisation.description.too_long", TestOrganisations.Employer() with { Description = new string('d', OrganisationLimits.Description + 1) } },
        { "organisation.description.invalid_characters", TestOrganisations.Employer() with { Description = "a\u001bb" } },
        { "organisation.industry.too_long", TestOrganisations.Employer() with { Industry = new string('i', OrganisationLimits.Industry + 1) } },
        { "organisation.invalid_kind", TestOrganisations.Employer() with { Kind = (OrganisationKind)9 } },
        { "organisation.invalid_size", TestOrganisations.Employer() with { Size = (CompanySize)99 } },
        { "organisation.invalid_accessibility", TestOrganisations.Employer() with { AccessibilityFacts = [(WorkplaceAccessibility)40] } },
        { "organisation.duplicate_accessibility", TestOrganisations.Employer() with { AccessibilityFacts = [WorkplaceAccessibility.Lift, WorkplaceAccessibility.Lift] } },
        { "organisation.invalid_for_kind", TestOrganisations.Workshop() with { Industry = "Crafts" } },
        { "organisation.invalid_for_kind", TestOrganisations.Workshop() with { Size = CompanySize.Under20 } },
        { "organisation.invalid_for_kind", TestOrganisations.Workshop() with { AccessibilityFacts = [WorkplaceAccessibility.Lift] } },
        { "organisation.invalid_for_kind", TestOrganisations.Workshop() with { Kind = OrganisationKind.ServiceOrganisation, Size = CompanySize.From1000 } },
    };

    [Theory]
    [MemberData(nameof(InvalidProfiles))]
    public void Invalid_profiles_are_refused_with_a_stable_code(string code, OrganisationProfile profile)
    {
        var error = Assert.Throws<DomainException>(() => OrganisationRules.Profile(profile));

        Assert.Equal(code, error.Code);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
    }

    [Fact]
    public void Profiles_are_normalised_and_markup_is_kept_as_text()
    {
        var profile = OrganisationRules.Profile(TestOrganisations.Employer(name: "  <script>alert(1)</script>\t") with
        {
            Description = "Line one\r\nLine <b>two</b>",
            Industry = "  ",
        });

        Assert.Equal("<script>alert(1)</script>", profile.Name);
        Assert.Equal("Line one\nLine <b>two</b>", profile.Description);
        Assert.Null(profile.Industry);

        var workshop = OrganisationRules.Profile(TestOrganisations.Workshop() with { Industry = " ", Description = null! });
        Assert.Null(workshop.Industry);
        Assert.Equal("", workshop.Description);
        Assert.Empty(workshop.AccessibilityFacts);
    }

    [Fact]
    public void Limits_are_inclusive()
    {
        OrganisationRules.Profile(TestOrganisations.Employer(name: new string('n', OrganisationLimits.Name)) with
        {
            City = new string('c', OrganisationLimits.City),
            Description = new string('d', OrganisationLimits.Description),
            Industry = new string('i', OrganisationLimits.Industry),
        });
    }

    [Theory]
    [InlineData("organisation.roles_empty")]
    [InlineData("organisation.duplicate_role", OrganisationRole.Recruiter, OrganisationRole.Recruiter)]
    [InlineData("organisation.invalid_role", OrganisationRole.Helper, (OrganisationRole)12)]
    public void Invalid_role_lists_are_refused(string code, params OrganisationRole[] roles) =>
        Assert.Equal(code, Assert.Throws<DomainException>(() => OrganisationRules.Roles(roles)).Code);

    [Fact]
    public void Roles_are_stored_in_a_fixed_order_and_a_missing_list_is_empty()
    {
        Assert.Equal([OrganisationRole.Admin, OrganisationRole.Streamer], OrganisationRules.Roles([OrganisationRole.Streamer, OrganisationRole.Admin]));
        Assert.Equal("organisation.roles_empty", Assert.Throws<DomainException>(() => OrganisationRules.Roles(null)).Code);
    }

    [Theory]
    [InlineData("Li.Ming@Example.ORG", "li.ming@example.org")]
    [InlineData("  a+tag@mail.example.cn ", "a+tag@mail.example.cn")]
    [InlineData("用户@例子.中国", "用户@例子.中国")]
    public void Emails_are_trimmed_and_lower_cased(string email, string expected) =>
        Assert.Equal(expected, OrganisationRules.Email(email));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plainaddress")]
    [InlineData("two@@example.org")]
    [InlineData("a@b@example.org")]
    [InlineData("name@localhost")]
    [InlineData("name@example.")]
    [InlineData("name@.example.org")]
    [InlineData("na me@example.org")]
    [InlineData("<script>@example.org x")]
    [InlineData("name@exa\u0007mple.org")]
    public void Invalid_emails_are_refused(string? email) =>
        Assert.Equal("organisation.invalid_email", Assert.Throws<DomainException>(() => OrganisationRules.Email(email)).Code);

    [Fact]
    public void An_email_may_have_at_most_254_characters()
    {
        var local = new string('l', 64);
        var longest = local + "@" + new string('d', OrganisationRules.MaxEmail - local.Length - "@.org".Length) + ".org";
        Assert.Equal(OrganisationRules.MaxEmail, longest.Length);

        Assert.Equal(longest, OrganisationRules.Email(longest));
        Assert.Equal("organisation.invalid_email", Assert.Throws<DomainException>(() => OrganisationRules.Email("a" + longest)).Code);
        Assert.Equal("organisation.invalid_email", Assert.Throws<DomainException>(() => OrganisationRules.Email(new string('l', 65) + "@example.org")).Code);
    }

    [Fact]
    public void An_identity_needs_an_id_a_name_and_a_valid_email()
    {
        var identity = new MemberIdentity { PersonId = "p1", DisplayName = "Li", Email = "Li@Example.org" };

        Assert.Equal("li@example.org", OrganisationRules.Identity(identity).Email);
        Assert.Equal("organisation.person_id.empty", Assert.Throws<DomainException>(() => OrganisationRules.Identity(identity with { PersonId = "" })).Code);
        Assert.Equal("organisation.display_name.empty", Assert.Throws<DomainException>(() => OrganisationRules.Identity(identity with { DisplayName = " " })).Code);
        Assert.Equal("organisation.display_name.too_long", Assert.Throws<DomainException>(() => OrganisationRules.Identity(identity with { DisplayName = new string('n', 61) })).Code);
        Assert.Equal("organisation.invalid_email", Assert.Throws<DomainException>(() => OrganisationRules.Identity(identity with { Email = "nope" })).Code);
    }
}
