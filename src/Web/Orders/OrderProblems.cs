using LiveFair.Contracts.Common;
using LiveFair.Web.Organisations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Orders;

/// <summary>Problem details the order endpoints produce themselves; grain refusals go through the global handler.</summary>
internal static class OrderProblems
{
    public const string InvalidInputType = "order.invalid_input";

    public static ValidationProblem Invalid(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            OrganisationRules.ToDictionary(errors),
            detail: "Some fields are missing or not valid; nothing was changed.",
            title: "Invalid input",
            type: InvalidInputType);

    /// <summary>Stripe could not be reached or refused the request; the buyer may try again with the same order.</summary>
    public static ProblemHttpResult PaymentUnavailable() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status502BadGateway,
            type: "payment.unavailable",
            title: "Payment unavailable",
            detail: "The payment service did not answer; the order is kept. Try again with the same order id.");

    public static DomainException InvalidStatus() =>
        new(ErrorKind.Invalid, "order.invalid_status", "Advance an order to Packed, Shipped or Delivered.");
}
