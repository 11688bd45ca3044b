using System.Diagnostics;
using System.Globalization;
using LiveFair.Contracts.Rooms;

namespace LiveFair.Benchmarks;

/// <summary>
/// What every viewer received, by (viewer, caption). Caption texts carry their index and the
/// <see cref="Stopwatch"/> timestamp taken just before publishing ("bench 12 t=123456 ..."); the
/// publisher and the viewers share the process, hence the clock. Caption index and room sequence are
/// one to one, so a second receipt of the same index by the same viewer is a duplicate.
/// </summary>
internal sealed class ReceiptLog
{
    public const string Marker = "bench ";

    private readonly long[] _latencyPlusOne; // [viewer * captions + caption]; 0 = not received
    private readonly long[] _sinceEvent; // TimeSpan ticks from the event's At (server clock read when it was sequenced)
    private readonly int[] _lastIndex;
    private long _delivered;
    private long _duplicates;
    private long _outOfOrder;
    private long _otherEvents;
    private long _foreign;

    public ReceiptLog(int viewers, int captions)
    {
        Viewers = viewers;
        Captions = captions;
        _latencyPlusOne = new long[checked(viewers * captions)];
        _sinceEvent = new long[viewers * captions];
        _lastIndex = new int[viewers];
        Array.Fill(_lastIndex, -1);
    }

    public int Viewers { get; }

    public int Captions { get; }

    public long Delivered => Interlocked.Read(ref _delivered);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long OutOfOrder => Interlocked.Read(ref _outOfOrder);

    /// <summary>Room events that are not benchmark captions (status, viewer counts).</summary>
    public long OtherEvents => Interlocked.Read(ref _otherEvents);

    /// <summary>Caption events whose text did not parse as a benchmark caption.</summary>
    public long Foreign => Interlocked.Read(ref _foreign);

    public static string Text(int index, long timestamp, int length)
    {
        const string filler = "各位求职者下午好，欢迎来到广东省残疾人专场招聘会直播间，今天共有三十二家企业在线招聘，岗位涵盖客服、数据标注、软件测试和行政文员等。";
        var head = string.Create(CultureInfo.InvariantCulture, $"{Marker}{index} t={timestamp} ");
        if (head.Length >= length)
        {
            return head.TrimEnd();
        }

        var pad = length - head.Length;
        var text = new System.Text.StringBuilder(length).Append(head);
        while (pad > 0)
        {
            var take = Math.Min(pad, filler.Length);
            text.Append(filler, 0, take);
            pad -= take;
        }

        return text.ToString();
    }

    /// <summary>Called from a viewer's receive loop, one call at a time per viewer.</summary>
    public void Record(int viewer, RoomEvent roomEvent, long receivedAt, DateTimeOffset receivedAtUtc)
    {
        if (roomEvent.Kind is not (RoomEventKind.CaptionFinal or RoomEventKind.CaptionPartial) || roomEvent.Caption is null)
        {
            Interlocked.Increment(ref _otherEvents);
            return;
        }

        if (!TryParse(roomEvent.Caption.Text, out var index, out var publishedAt) || index < 0 || index >= Captions)
        {
            Interlocked.Increment(ref _foreign);
            return;
        }

        var latency = Math.Max(0, receivedAt - publishedAt);
        var slot = (viewer * Captions) + index;
        if (Interlocked.CompareExchange(ref _latencyPlusOne[slot], latency + 1, 0) != 0)
        {
            Interlocked.Increment(ref _duplicates);
            return;
        }

        _sinceEvent[slot] = Math.Max(0, (receivedAtUtc - roomEvent.At).Ticks);

        if (index < _lastIndex[viewer])
        {
            Interlocked.Increment(ref _outOfOrder);
        }
        else
        {
            _lastIndex[viewer] = index;
        }

        Interlocked.Increment(ref _delivered);
    }

    /// <summary>Stopwatch ticks from publish to receipt, or -1 when the viewer never got the caption.</summary>
    public long Latency(int viewer, int caption) => Volatile.Read(ref _latencyPlusOne[(viewer * Captions) + caption]) - 1;

    /// <summary>
    /// <see cref="TimeSpan"/> ticks from the event's <c>At</c> (LiveFair: the grain sequenced it, after
    /// persisting; baseline: publish time) to receipt. Only meaningful where <see cref="Latency"/> is not -1.
    /// </summary>
    public long SinceEvent(int viewer, int caption) => _sinceEvent[(viewer * Captions) + caption];

    private static bool TryParse(string text, out int index, out long timestamp)
    {
        index = -1;
        timestamp = 0;
        var span = text.AsSpan();
        if (!span.StartsWith(Marker, StringComparison.Ordinal))
        {
            return false;
        }

        span = span[Marker.Length..];
        var space = span.IndexOf(' ');
        if (space <= 0 || !int.TryParse(span[..space], NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            return false;
        }

        span = span[(space + 1)..];
        if (!span.StartsWith("t=", StringComparison.Ordinal))
        {
            return false;
        }

        span = span[2..];
        var end = span.IndexOf(' ');
        return long.TryParse(end < 0 ? span : span[..end], NumberStyles.None, CultureInfo.InvariantCulture, out timestamp);
    }
}
