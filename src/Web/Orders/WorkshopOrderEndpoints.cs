using System.Security.Claims;
using LiveFair.Contracts.Orders;
using LiveFair.Silo.Orders;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Orders;

/// <summary>The workshop's side of orders: its list, moving an order on (packed, shipped, delivered) and refunds.</summary>
internal static class WorkshopOrderEndpoints
{
    public static WebApplication MapWorkshopOrderEndpoints(this WebApplication app)
    {
        app.MapGet("/api/orgs/{orgId:orgid}/orders", ListAsync)
            .WithTags("Orders")
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("ListWorkshopOrders")
            .WithSummary("A workshop's orders, newest first, optionally of one status (its admins and streamers)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var order = app.MapGroup("/api/orders/{orderId:orderid}").WithTags("Orders").RequireAuthorization(RoomPolicies.SignedIn);
        order.MapPost("/advance", AdvanceAsync)
            .WithName("AdvanceOrder")
            .WithSummary("Move a paid order on: Packed, then Shipped (carrier and tracking number required), then Delivered (the workshop)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        order.MapPost("/refund", RefundAsync)
            .WithName("RefundOrder")
            .WithSummary("Refund a shipped or delivered order (the workshop); a card payment is given back through Stripe")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        return app;
    }

    private static async Task<Results<Ok<OrderView[]>, ProblemHttpResult>> ListAsync(
        string orgId, string? status, ClaimsPrincipal user, WorkshopSalesAccess access, OrderIndex index, CancellationToken cancellationToken)
    {
        OrderStatus? filter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<OrderStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, type: "order.invalid_status", title: "Invalid status", detail: "Filter by one of the order statuses, such as Paid or Shipped.");
            }

            filter = parsed;
        }

        await access.RequireManagerAsync(orgId, user.PersonId());
        return TypedResults.Ok((await index.ListByWorkshopAsync(orgId, filter, cancellationToken)).ToArray());
    }

    private static async Task<Results<Ok<OrderView>, ValidationProblem>> AdvanceAsync(string orderId, AdvanceInput input, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (input.Status is not (OrderStatus.Packed or OrderStatus.Shipped or OrderStatus.Delivered))
        {
            throw OrderProblems.InvalidStatus();
        }

        ShipmentInput? shipment = null;
        if (input.Status == OrderStatus.Shipped)
        {
            var errors = OrderInputRules.ValidateShipment(input.Carrier, input.TrackingNumber, out shipment);
            if (errors.Count > 0)
            {
                return OrderProblems.Invalid(errors);
            }
        }

        return TypedResults.Ok(await grains.GetGrain<IOrderGrain>(orderId).Advance(user.PersonId()!, input.Status.Value, shipment));
    }

    private static async Task<Results<Ok<OrderView>, ValidationProblem, ProblemHttpResult>> RefundAsync(
        string orderId, ReasonInput? input, ClaimsPrincipal user, OrderPayments payments, CancellationToken cancellationToken)
    {
        var errors = OrderInputRules.ValidateReason(input?.Reason, out var reason);
        if (errors.Count > 0)
        {
            return OrderProblems.Invalid(errors);
        }

        try
        {
            return TypedResults.Ok(await payments.RefundAsync(user.PersonId()!, orderId, reason, cancellationToken));
        }
        catch (Stripe.StripeException)
        {
            return OrderProblems.PaymentUnavailable();
        }
    }
}
