using LiveFair.Contracts.Fairs;

namespace LiveFair.Web.Booths;

/// <summary>
/// This node's ear at one booth. Orleans delivers calls to one observer object one at a time, so places reach
/// people in the order the booth decided them.
/// </summary>
internal sealed partial class BoothNodeObserver(LocalBooth booth, BoothFanout fanout, ILogger logger) : IBoothObserver
{
    public async Task OnBoothUpdate(BoothUpdate update)
    {
        try
        {
            await fanout.DeliverAsync(booth, update);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One failed send must not stop the booth's later updates from reaching this node.
            LogDeliveryFailed(logger, exception, booth.BoothId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver an update of booth {BoothId}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string boothId);
}
