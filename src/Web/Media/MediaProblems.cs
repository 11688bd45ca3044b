namespace LiveFair.Web.Media;

/// <summary>A refused upload as problem details: its code as the type, and a status that says what kind of refusal it is.</summary>
public static class MediaProblems
{
    public static int StatusOf(string code) => code switch
    {
        MediaErrorCodes.TooLarge => StatusCodes.Status413PayloadTooLarge,
        MediaErrorCodes.NotAnImage or PhotoUploadErrors.NotMultipart => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status400BadRequest,
    };

    public static IResult For(MediaRejectedException rejected, string? instance = null)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        return TypedResults.Problem(
            detail: rejected.Message + " Nothing was stored.",
            instance: instance,
            statusCode: StatusOf(rejected.Code),
            title: "Photo refused",
            type: rejected.Code);
    }
}
