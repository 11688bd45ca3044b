using System.Text.Json;
using LiveFair.Web.Localization;
using LiveFair.Web.Rooms;

namespace LiveFair.Web.Pages.Booths;

/// <summary>What the booth page and the recruiter console scripts read from the page, instead of inline script.</summary>
internal static class BoothScriptConfig
{
    public static string Serialize(string roomId, string employerId, Texts texts, bool signedIn) =>
        JsonSerializer.Serialize(
            new
            {
                roomId,
                employerId,
                hub = RoomHub.Path,
                api = $"/api/fairs/{roomId}/booths/{employerId}",
                language = Texts.IsEnglish ? "en" : "zh-CN",
                signedIn,
                texts = texts.ForScript("js."),
            },
            Rooms.RoomScriptConfig.Options);
}
