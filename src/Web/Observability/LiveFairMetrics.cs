using System.Diagnostics.Metrics;
using LiveFair.Contracts.Rooms;

namespace LiveFair.Web.Observability;

/// <summary>LiveFair's own instruments (meter "LiveFair"), exported with the ASP.NET Core ones at /metrics.</summary>
public sealed class LiveFairMetrics
{
    public const string MeterName = "LiveFair";

    private readonly Counter<long> _fannedOut;
    private readonly Histogram<double> _captionLatency;

    public LiveFairMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _fannedOut = meter.CreateCounter<long>(
            "livefair.fanout.messages", unit: "{message}", description: "Room events handed to local SignalR connections (one per connection).");
        _captionLatency = meter.CreateHistogram<double>(
            "livefair.caption.latency", unit: "ms", description: "Time from a caption being accepted by its room to this node handing it to its viewers.");
    }

    public void EventFannedOut(RoomEvent roomEvent, int localConnections, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(roomEvent);
        var kind = new KeyValuePair<string, object?>("kind", roomEvent.Kind.ToString());
        _fannedOut.Add(localConnections, kind);
        if (roomEvent.Caption is { } caption)
        {
            _captionLatency.Record((now - caption.ReceivedAt).TotalMilliseconds, kind);
        }
    }
}
