namespace LiveFair.Contracts.Common;

/// <summary>How a rejected command should be reported: the Web layer maps each kind to one HTTP status.</summary>
[GenerateSerializer]
[Alias("LiveFair.ErrorKind")]
public enum ErrorKind
{
    Invalid = 0,
    NotFound = 1,
    Conflict = 2,
    Forbidden = 3,
}
