using System.Security.Claims;
using LiveFair.Contracts.Orders;
using LiveFair.Silo.Orders;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Orders;

/// <summary>
/// Orders for buyers: placing (pay on delivery, or a Stripe Checkout url), reading, cancelling and listing one's
/// own. Someone else's order is 404, as an unknown one is, so order ids cannot be probed.
/// </summary>
internal static class OrderEndpoints
{
    public static WebApplication MapOrderEndpoints(this WebApplication app)
    {
        var orders = app.MapGroup("/api/orders").WithTags("Orders").RequireAuthorization(RoomPolicies.SignedIn);
        orders.MapPost("", PlaceAsync)
            .WithName("PlaceOrder")
            .WithSummary("Buy a product: reserves the items and answers the order, with the Stripe Checkout url when the site takes card payments")
            .WithDescription("Send your own orderId (ord-…) to make retries safe: the same id places one order. Without Stripe keys the order is paid on delivery and confirmed at once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        orders.MapGet("/{orderId:orderid}", GetAsync)
            .WithName("GetOrder")
            .WithSummary("An order, for its buyer and its workshop's admins and streamers")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapPost("/{orderId:orderid}/cancel", CancelAsync)
            .WithName("CancelOrder")
            .WithSummary("Cancel an order: the buyer while it waits for payment (or, paying on delivery, until it is packed); the workshop until it is shipped. A card payment is refunded.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status502BadGateway);

        app.MapGet("/api/me/orders", ListMineAsync)
            .WithTags("Orders")
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("ListMyOrders")
            .WithSummary("The signed-in buyer's orders, newest first")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    private static async Task<Results<Created<PlacedOrder>, ValidationProblem, ProblemHttpResult>> PlaceAsync(
        OrderInput input, ClaimsPrincipal user, HttpRequest request, OrderPayments payments, CancellationToken cancellationToken)
    {
        var errors = OrderInputRules.Validate(input, out var orderId, out var order);
        if (errors.Count > 0)
        {
            return OrderProblems.Invalid(errors);
        }

        try
        {
            var placed = await payments.PlaceAsync(user.PersonId()!, orderId!, order!, SiteOf(request), cancellationToken);
            return TypedResults.Created($"/api/orders/{orderId}", placed);
        }
        catch (Stripe.StripeException)
        {
            return OrderProblems.PaymentUnavailable();
        }
    }

    private static async Task<Ok<OrderView>> GetAsync(string orderId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IOrderGrain>(orderId).GetFor(user.PersonId()!));

    private static async Task<Results<Ok<OrderView>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        string orderId, ReasonInput? input, ClaimsPrincipal user, OrderPayments payments, CancellationToken cancellationToken)
    {
        var errors = OrderInputRules.ValidateReason(input?.Reason, out var reason);
        if (errors.Count > 0)
        {
            return OrderProblems.Invalid(errors);
        }

        try
        {
            return TypedResults.Ok(await payments.CancelAsync(user.PersonId()!, orderId, reason, cancellationToken));
        }
        catch (Stripe.StripeException)
        {
            return OrderProblems.PaymentUnavailable();
        }
    }

    private static async Task<Ok<OrderView[]>> ListMineAsync(ClaimsPrincipal user, OrderIndex index, CancellationToken cancellationToken) =>
        TypedResults.Ok((await index.ListByBuyerAsync(user.PersonId()!, cancellationToken)).ToArray());

    /// <summary>Where the buyer reached LiveFair, so Stripe sends them back to the same site.</summary>
    internal static Uri SiteOf(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
