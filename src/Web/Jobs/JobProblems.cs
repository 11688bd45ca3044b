using LiveFair.Contracts.Common;
using LiveFair.Web.Organisations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Jobs;

/// <summary>Problem details the job endpoints produce themselves; grain refusals go through the global handler.</summary>
internal static class JobProblems
{
    public const string InvalidInputType = "job.invalid_input";

    public static ValidationProblem Invalid(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            OrganisationRules.ToDictionary(errors),
            detail: "Some fields are missing or not valid; nothing was changed.",
            title: "Invalid input",
            type: InvalidInputType);

    /// <summary>The same refusal the grain gives for an unknown id, so a hidden job and a missing one look alike.</summary>
    public static DomainException NotFound(string jobId) =>
        new(ErrorKind.NotFound, "job.not_found", $"There is no job '{jobId}'.");
}
