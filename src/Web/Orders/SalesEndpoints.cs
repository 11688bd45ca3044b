using System.Security.Claims;
using System.Text;
using LiveFair.Silo.Orders;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Orders;

/// <summary>A workshop's sales: totals with each maker's earnings and the charity total, and the orders as CSV.</summary>
internal static class SalesEndpoints
{
    public static WebApplication MapSalesEndpoints(this WebApplication app)
    {
        var sales = app.MapGroup("/api/orgs/{orgId:orgid}/sales").WithTags("Orders").RequireAuthorization(RoomPolicies.SignedIn);
        sales.MapGet("/summary", SummaryAsync)
            .WithName("GetSalesSummary")
            .WithSummary("A workshop's sales net of cancellations and refunds: orders, items, earnings per maker, charity total, costs (its admins and streamers)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        sales.MapGet("/orders.csv", CsvAsync)
            .WithName("ExportSalesCsv")
            .WithSummary("A workshop's orders as CSV, one row per order with amounts in yuan (its admins and streamers)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<Ok<SalesSummary>> SummaryAsync(string orgId, ClaimsPrincipal user, WorkshopSalesAccess access, WorkshopSales sales, CancellationToken cancellationToken)
    {
        var personId = user.PersonId()!;
        await access.RequireManagerAsync(orgId, personId);
        return TypedResults.Ok(await sales.SummaryAsync(orgId, personId, cancellationToken));
    }

    private static async Task<FileContentHttpResult> CsvAsync(string orgId, ClaimsPrincipal user, WorkshopSalesAccess access, OrderIndex index, Texts texts, CancellationToken cancellationToken)
    {
        await access.RequireManagerAsync(orgId, user.PersonId());
        var csv = SalesCsv.Write(await index.ListByWorkshopAsync(orgId, cancellationToken: cancellationToken), texts);

        // With a byte order mark, spreadsheet programs read the Chinese text as UTF-8.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"sales-{orgId}.csv");
    }
}
