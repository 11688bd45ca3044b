namespace LiveFair.Contracts.Organisations;

/// <summary>Who a member is, as their organisation's admins see them.</summary>
[GenerateSerializer]
[Alias("LiveFair.MemberIdentity")]
public sealed record MemberIdentity
{
    [Id(0)] public required string PersonId { get; init; }
    [Id(1)] public required string DisplayName { get; init; }
    [Id(2)] public required string Email { get; init; }
}
