using LiveFair.Contracts.Sales;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.Sales;

/// <summary>Returns expired reservations to stock: on a timer while any are open, on activation and before each command.</summary>
public sealed partial class ProductGrain
{
    private void StartSweep() =>
        _sweep ??= this.RegisterGrainTimer(
            SweepOnTimerAsync,
            new GrainTimerCreationOptions(_options.SweepInterval, _options.SweepInterval) { KeepAlive = false });

    private async Task SweepOnTimerAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SweepAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            // Tried again on the next tick; the reservations stay counted as reserved until then.
            LogSweepFailed(exception, ProductId);
            return;
        }

        if (_live.Reserved == 0)
        {
            // Nothing left to expire: an idle product costs no timer until the next reservation.
            _sweep?.Dispose();
            _sweep = null;
        }
    }

    /// <summary>Marks every reservation past its time as expired and persists that, trimming old closed ones.</summary>
    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = State.Reservations.Values.Where(r => r.Status == ReservationStatus.Reserved && r.ExpiresAt <= now).ToList();
        if (due.Count == 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        await PersistAsync(s =>
        {
            foreach (var reservation in due)
            {
                s.Reservations[reservation.OrderId] = reservation with { Status = ReservationStatus.Expired, ClosedAt = now };
            }

            Trim(s);
        });
        LogExpired(ProductId, due.Count);
    }

    /// <summary>Keeps the newest released and expired reservations only; sold ones are never more than the stock.</summary>
    private void Trim(ProductState s)
    {
        var closed = s.Reservations.Values
            .Where(r => r.Status is ReservationStatus.Released or ReservationStatus.Expired)
            .OrderByDescending(r => r.ClosedAt)
            .Skip(_options.ClosedReservationsKept)
            .Select(r => r.OrderId)
            .ToList();
        foreach (var orderId in closed)
        {
            s.Reservations.Remove(orderId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Product {ProductId}: {Count} reservations expired and went back to stock")]
    private partial void LogExpired(string productId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Product {ProductId}: the reservation sweep failed; it tries again next time")]
    private partial void LogSweepFailed(Exception exception, string productId);
}
