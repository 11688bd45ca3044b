using System.Text;
using LiveFair.Contracts.Rooms;

namespace LiveFair.Web.Rooms;

public static class TranscriptEndpoints
{
    public static void MapTranscriptDownloads(this WebApplication app)
    {
        app.MapGet("/rooms/{roomId}/transcript.vtt", (string roomId, RoomDirectory directory, IGrainFactory grains, HttpContext context) =>
                WriteAsync(roomId, directory, grains, context, "text/vtt", "vtt", TranscriptFormats.VttHeader, (segment, origin, next) => TranscriptFormats.VttCue(segment, origin, next)))
            .WithName("DownloadTranscriptVtt").WithTags("Captions").WithSummary("The whole transcript as WebVTT")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/rooms/{roomId}/transcript.txt", (string roomId, RoomDirectory directory, IGrainFactory grains, HttpContext context) =>
                WriteAsync(roomId, directory, grains, context, "text/plain", "txt", TranscriptFormats.TextHeader, (segment, origin, _) => TranscriptFormats.TextLine(segment, origin)))
            .WithName("DownloadTranscriptText").WithTags("Captions").WithSummary("The whole transcript as plain text")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Streams the transcript page by page, so a long room is never held in memory whole.</summary>
    private static async Task<IResult> WriteAsync(
        string roomId,
        RoomDirectory directory,
        IGrainFactory grains,
        HttpContext context,
        string contentType,
        string extension,
        Func<string, string> header,
        Func<CaptionSegment, DateTimeOffset, DateTimeOffset?, string> line)
    {
        var room = await directory.GetVisibleAsync(roomId);
        if (room is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "Room not found", type: "room.not_found");
        }

        var grain = grains.GetGrain<IRoomGrain>(room.RoomId);
        var response = context.Response;
        response.ContentType = contentType + "; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{room.RoomId}-transcript.{extension}\"";
        var origin = room.StartedAt ?? room.Details.ScheduledStart;
        await response.WriteAsync(header(room.Details.Title), Encoding.UTF8, context.RequestAborted);

        // Each line needs the next line's start (WebVTT cue end), so one segment is held back.
        CaptionSegment? pending = null;
        int? page = 0;
        while (page is not null)
        {
            var transcript = await grain.GetTranscriptPage(page.Value);
            foreach (var segment in transcript.Segments)
            {
                if (pending is not null)
                {
                    await response.WriteAsync(line(pending, origin, segment.StartedAt), Encoding.UTF8, context.RequestAborted);
                }

                pending = segment;
            }

            page = transcript.NextPage;
        }

        if (pending is not null)
        {
            await response.WriteAsync(line(pending, origin, null), Encoding.UTF8, context.RequestAborted);
        }

        return TypedResults.Empty;
    }
}
