namespace LiveFair.Contracts.Common;

/// <summary>
/// A command was rejected and nothing changed. Grains throw it; Web turns it into problem details or a
/// <c>HubException</c>. <see cref="Code"/> is stable and machine-readable (pages translate it);
/// the message is plain English for logs and API callers.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.DomainException")]
public sealed class DomainException : Exception
{
    public DomainException()
    {
        Code = "error";
    }

    public DomainException(string message)
        : base(message)
    {
        Code = "error";
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "error";
    }

    public DomainException(ErrorKind kind, string code, string message)
        : base(message)
    {
        Kind = kind;
        Code = code;
    }

    [Id(0)]
    public ErrorKind Kind { get; init; }

    [Id(1)]
    public string Code { get; init; }
}
