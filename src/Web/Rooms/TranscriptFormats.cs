using System.Globalization;
using System.Text;
using LiveFair.Contracts.Rooms;

namespace LiveFair.Web.Rooms;

/// <summary>Writes a transcript as WebVTT (cue times relative to the room's start) or as plain text.</summary>
public static class TranscriptFormats
{
    /// <summary>A cue with no following line stays on screen this long.</summary>
    private static readonly TimeSpan LastCueLength = TimeSpan.FromSeconds(4);

    public static string VttHeader(string title) => $"WEBVTT - {OneLine(title)}\n\n";

    /// <summary>One cue; it ends where the next line starts, or <see cref="LastCueLength"/> after its last word.</summary>
    public static string VttCue(CaptionSegment segment, DateTimeOffset origin, DateTimeOffset? nextStart)
    {
        var start = Clamp(segment.StartedAt - origin);
        var end = Clamp((nextStart ?? segment.ReceivedAt + LastCueLength) - origin);
        if (end <= start)
        {
            end = start + TimeSpan.FromMilliseconds(500);
        }

        var text = EscapeVtt(segment.Text);
        var voice = string.IsNullOrEmpty(segment.Speaker) ? text : $"<v {EscapeVtt(segment.Speaker)}>{text}";
        return $"{segment.Id}\n{VttTime(start)} --> {VttTime(end)}\n{voice}\n\n";
    }

    public static string TextHeader(string title) => $"{OneLine(title)}\n\n";

    public static string TextLine(CaptionSegment segment, DateTimeOffset origin)
    {
        var at = Clamp(segment.StartedAt - origin).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(segment.Speaker) ? $"[{at}] {segment.Text}\n" : $"[{at}] {segment.Speaker}: {segment.Text}\n";
    }

    private static TimeSpan Clamp(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;

    private static string VttTime(TimeSpan value) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalHours:00}:{value.Minutes:00}:{value.Seconds:00}.{value.Milliseconds:000}");

    // WebVTT cue text is markup: these three characters must be escaped, and "-->" may not appear.
    private static string EscapeVtt(string text) =>
        new StringBuilder(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").ToString();

    private static string OneLine(string text) => text.Replace("-->", "->", StringComparison.Ordinal);
}
