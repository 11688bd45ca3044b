using LiveFair.Contracts.Rooms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LiveFair.Web.Rooms;

public static class CaptionIngestEndpoints
{
    /// <summary>Request bodies larger than this are refused before they are read.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    public static void MapCaptionIngest(this WebApplication app)
    {
        app.MapPost("/api/rooms/{roomId}/captions", IngestAsync)
            .WithName("IngestCaption")
            .WithTags("Captions")
            .WithSummary("Push a caption segment from external caption software")
            .WithDescription("Authenticate with 'Authorization: Bearer <room ingest token>'. Partial segments update the current line; a final segment joins the transcript and is durable once 200 is returned.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<Results<Ok<CaptionIngestResponse>, ProblemHttpResult>> IngestAsync(
        string roomId,
        [FromBody] CaptionIngestRequest request,
        HttpContext context,
        RoomDirectory directory,
        IGrainFactory grains)
    {
        var room = await directory.GetVisibleAsync(roomId);
        if (room is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "Room not found", detail: "There is no such room.", type: "room.not_found");
        }

        var grain = grains.GetGrain<IRoomGrain>(room.RoomId);
        var token = BearerToken(context.Request);
        if (token is null || !await grain.IsIngestTokenValid(token))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"livefair-ingest\"";
            return TypedResults.Problem(
                statusCode: 401,
                title: "Ingest token missing or wrong",
                detail: "Send 'Authorization: Bearer <token>' with the room's current ingest token from the captioner console.",
                type: "ingest.unauthorized");
        }

        var published = await grain.PublishCaption(new CaptionInput
        {
            SegmentId = request.SegmentId,
            Text = request.Text,
            IsFinal = request.Final,
            Speaker = request.Speaker,
            Language = request.Language,
        });
        return TypedResults.Ok(new CaptionIngestResponse(published.Caption!.Id, published.Sequence, published.Caption.IsFinal));
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
