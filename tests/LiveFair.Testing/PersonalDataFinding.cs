namespace LiveFair.Testing;

/// <summary>Where personal data was found and what kind it is; the value itself is never kept.</summary>
public sealed record PersonalDataFinding(string File, int Line, int Column, PersonalDataKind Kind)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Describe(Kind)} (value redacted)";

    private static string Describe(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.EmailAddress => "email address",
        PersonalDataKind.ChineseMobileNumber => "Chinese mobile number",
        PersonalDataKind.PhoneNumber => "phone number",
        _ => "disability term",
    };
}
