using System.Text.Encodings.Web;
using System.Text.Json;
using LiveFair.Web.Localization;
using LiveFair.Web.Rooms;

namespace LiveFair.Web.Pages.Rooms;

/// <summary>What the room and console scripts read from the page, instead of inline script.</summary>
internal static class RoomScriptConfig
{
    // The job facts on a pinned card, named as the job pages name them.
    private static readonly string[] LabelPrefixes = ["jobs.work_mode.", "jobs.accommodation.", "jobs.benefit.", "people.DisabilityCategory."];

    /// <summary>Safe inside a script block; the booth pages' config uses the same.</summary>
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Safe inside a <script type="application/json"> block: '<', '>' and '&' are escaped.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <param name="signedIn">Whether the page may offer chat, reports and standing; the hub checks again on every call.</param>
    public static string Serialize(string roomId, Texts texts, bool signedIn = false) =>
        JsonSerializer.Serialize(
            new
            {
                roomId,
                hub = RoomHub.Path,
                language = Texts.IsEnglish ? "en" : "zh-CN",
                signedIn,
                texts = texts.ForScript("js."),
                labels = LabelPrefixes.SelectMany(prefix => texts.ForScript(prefix).Select(entry => (Key: prefix + entry.Key, entry.Value)))
                    .ToDictionary(entry => entry.Key, entry => entry.Value),
            },
            Options);
}
