using System.Security.Claims;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Fairs;

/// <summary>The fair report for the host's admins and streamers: live while the room runs, final after it ended.</summary>
internal static class FairReportEndpoints
{
    public static RouteGroupBuilder MapFairReports(this RouteGroupBuilder fairs)
    {
        var report = fairs.MapGroup("/{roomId:fairroom}").RequireAuthorization(RoomPolicies.SignedIn);
        report.MapGet("/report", GetAsync)
            .WithName("GetFairReport")
            .WithSummary("Viewers and, per booth and in total, jobs, applications, interviews and outcomes (host admins and streamers)")
            .WithDescription("final is true once the room has ended; the report is frozen from then on.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        report.MapGet("/report.csv", CsvAsync)
            .WithName("DownloadFairReportCsv")
            .WithSummary("The report as CSV (UTF-8 with BOM), one row per booth and a total row, headings in the request's language")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return fairs;
    }

    private static async Task<Ok<FairReport>> GetAsync(string roomId, ClaimsPrincipal user, FairRooms rooms, IGrainFactory grains)
    {
        await rooms.RequireAsync(roomId);
        return TypedResults.Ok(await grains.GetGrain<IFairGrain>(roomId).GetReport(user.PersonId()!));
    }

    private static async Task<FileContentHttpResult> CsvAsync(string roomId, ClaimsPrincipal user, FairRooms rooms, IGrainFactory grains, Texts texts)
    {
        await rooms.RequireAsync(roomId);
        var report = await grains.GetGrain<IFairGrain>(roomId).GetReport(user.PersonId()!);
        var name = report.Final ? $"{roomId}-report-final.csv" : $"{roomId}-report.csv";
        return TypedResults.File(FairReportCsv.Write(report, texts), "text/csv; charset=utf-8", name);
    }
}
