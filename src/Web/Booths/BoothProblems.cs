using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Booths;

/// <summary>Problems the booth endpoints find themselves; grain refusals go through the global DomainException handler.</summary>
internal static class BoothProblems
{
    public const string InvalidInputType = "booth.invalid_input";

    /// <summary>A required field is missing from the body: nothing was sent to the booth.</summary>
    public static ValidationProblem Missing(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            detail: "Some fields are missing or not valid; nothing was changed.",
            title: "Invalid input",
            type: InvalidInputType);
}
