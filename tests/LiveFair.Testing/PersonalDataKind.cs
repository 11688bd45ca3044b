namespace LiveFair.Testing;

public enum PersonalDataKind
{
    EmailAddress,
    ChineseMobileNumber,
    PhoneNumber,
    DisabilityTerm,
}
