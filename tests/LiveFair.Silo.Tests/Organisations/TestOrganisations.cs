using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
using LiveFair.Silo.Tests.People;

namespace LiveFair.Silo.Tests.Organisations;

/// <summary>Organisation ids, profiles and registered people for tests.</summary>
internal static class TestOrganisations
{
    /// <summary>A fresh, valid organisation id, so tests sharing a cluster never share an organisation.</summary>
    public static string NewId()
    {
        var id = $"org-{Guid.NewGuid():N}";
        return OrganisationIds.IsValid(id) ? id : throw new InvalidOperationException($"'{id}' is not a valid organisation id.");
    }

    public static IOrganisationGrain Organisation(this IClusterClient client, string organisationId) =>
        client.GetGrain<IOrganisationGrain>(organisationId);

    public static OrganisationProfile Employer(string name = "深圳无障碍科技有限公司") => new()
    {
        Kind = OrganisationKind.Employer,
        Name = name,
        City = "深圳",
        Description = "We build accessible software.",
        Industry = "Software",
        Size = CompanySize.From100To499,
        AccessibilityFacts = [WorkplaceAccessibility.StepFreeEntrance, WorkplaceAccessibility.ScreenReaderSoftware],
    };

    public static OrganisationProfile Workshop(string name = "美丽工坊 Nanjing") => new()
    {
        Kind = OrganisationKind.Workshop,
        Name = name,
        City = "南京",
        Description = "Embroidery and straw weaving.",
    };

    /// <summary>The identity a registered person presents; the email is unique to the person.</summary>
    public static MemberIdentity Identity(string personId) => new()
    {
        PersonId = personId,
        DisplayName = "Member " + personId[^6..],
        Email = $"{personId}@example.org",
    };

    /// <summary>A registered person and the identity they present.</summary>
    public static async Task<MemberIdentity> RegisteredIdentityAsync(this IClusterClient client)
    {
        var person = await client.RegisteredPersonAsync();
        return Identity(person.GetPrimaryKeyString());
    }

    /// <summary>A new organisation created by a newly registered person, its first admin.</summary>
    public static async Task<(IOrganisationGrain Organisation, MemberIdentity Admin)> CreatedAsync(this IClusterClient client, OrganisationProfile? profile = null)
    {
        var admin = await client.RegisteredIdentityAsync();
        var organisation = client.Organisation(NewId());
        await organisation.Create(profile ?? Employer(), admin);
        return (organisation, admin);
    }

    /// <summary>A newly registered person who joined through an invitation with <paramref name="roles"/>.</summary>
    public static async Task<MemberIdentity> JoinedAsync(this IClusterClient client, IOrganisationGrain organisation, string adminId, params OrganisationRole[] roles)
    {
        var member = await client.RegisteredIdentityAsync();
        var invitation = await organisation.Invite(adminId, new InvitationInput { Email = member.Email, Roles = roles });
        await organisation.AcceptInvitation(invitation.Token!, member);
        return member;
    }

    public static async Task<IReadOnlyList<OrganisationRole>> MirroredRolesAsync(this IClusterClient client, string personId, string organisationId) =>
        (await client.Person(personId).GetAccess()).Memberships.SingleOrDefault(m => m.OrganisationId == organisationId)?.Roles ?? [];

    public static async Task<OrganisationMembership?> MirroredMembershipAsync(this IClusterClient client, string personId, string organisationId) =>
        (await client.Person(personId).GetAccess()).Memberships.SingleOrDefault(m => m.OrganisationId == organisationId);
}
