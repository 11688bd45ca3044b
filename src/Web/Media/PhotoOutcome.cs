using LiveFair.Web.Organisations;

namespace LiveFair.Web.Media;

/// <summary>What became of an uploaded photo: the changed record, or field errors (alt text), or the image refused.</summary>
public sealed record PhotoOutcome<T>(T? Value, IReadOnlyList<FieldError>? Errors = null, MediaRejectedException? Rejected = null)
    where T : class
{
    /// <summary>The API's answer: the value, a validation problem typed by the first field error's code, or the refusal as a problem.</summary>
    public IResult ToResult(string instance, Func<T, IResult> ok)
    {
        ArgumentNullException.ThrowIfNull(ok);
        if (Errors is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(
                OrganisationRules.ToDictionary(errors),
                detail: "Some fields are missing or not valid; nothing was stored.",
                instance: instance,
                title: "Invalid input",
                type: errors[0].Code);
        }

        return Rejected is { } rejected ? MediaProblems.For(rejected, instance) : ok(Value!);
    }
}

public static class PhotoOutcome
{
    public static PhotoOutcome<T> Invalid<T>(IReadOnlyList<FieldError> errors)
        where T : class => new(null, errors);

    public static PhotoOutcome<T> Refused<T>(MediaRejectedException rejected)
        where T : class => new(null, null, rejected);
}
