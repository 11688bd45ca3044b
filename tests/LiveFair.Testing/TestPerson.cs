using LiveFair.Contracts.Organisations;

namespace LiveFair.Testing;

/// <summary>A registered person a test can sign in as.</summary>
public sealed record TestPerson(string Id, string Email, string Password, string DisplayName)
{
    public const string DefaultPassword = "Test-Password-2026";

    public MemberIdentity Identity => new() { PersonId = Id, DisplayName = DisplayName, Email = Email };
}
