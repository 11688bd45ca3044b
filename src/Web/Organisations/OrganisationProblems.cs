using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Organisations;

/// <summary>Problem details the organisation endpoints produce themselves; grain refusals go through the global handler.</summary>
internal static class OrganisationProblems
{
    public const string InvalidInputType = "organisation.invalid_input";

    public static ValidationProblem Invalid(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            OrganisationRules.ToDictionary(errors),
            detail: "Some fields are missing or not valid; nothing was changed.",
            title: "Invalid input",
            type: InvalidInputType);

    public static ProblemHttpResult AccountMissing() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Account not found", detail: "Sign in again.", type: "account.not_found");
}
