namespace LiveFair.Contracts.Organisations;

[GenerateSerializer]
[Alias("LiveFair.OrganisationKind")]
public enum OrganisationKind
{
    Employer = 0,

    /// <summary>A sheltered workshop (美丽工坊) whose makers sell handmade goods.</summary>
    Workshop = 1,

    /// <summary>A disabled persons' federation's employment service (残联就业服务机构).</summary>
    ServiceOrganisation = 2,
}
