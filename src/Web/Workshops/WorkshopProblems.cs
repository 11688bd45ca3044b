using LiveFair.Contracts.Common;
using LiveFair.Web.Organisations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Workshops;

/// <summary>Problem details the maker endpoints produce themselves; grain refusals go through the global handler.</summary>
internal static class WorkshopProblems
{
    public const string InvalidInputType = "maker.invalid_input";

    public static ValidationProblem Invalid(IEnumerable<FieldError> errors, string type = InvalidInputType) =>
        TypedResults.ValidationProblem(
            OrganisationRules.ToDictionary(errors),
            detail: "Some fields are missing or not valid; nothing was changed.",
            title: "Invalid input",
            type: type);

    /// <summary>Answered like an unknown organisation: makers exist only for workshops.</summary>
    public static DomainException NotWorkshop(string organisationId) =>
        new(ErrorKind.NotFound, "workshop.not_found", $"There is no workshop '{organisationId}'.");

    public static DomainException MakerNotFound(string makerId) =>
        new(ErrorKind.NotFound, "maker.not_found", $"There is no maker '{makerId}' in this workshop.");
}
