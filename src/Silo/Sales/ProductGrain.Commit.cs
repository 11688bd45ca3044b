using LiveFair.Contracts.Sales;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.Sales;

/// <summary>
/// Group commit. Reserve, Confirm, Release and Restock interleave (see <see cref="IProductGrain"/>): each decides and
/// changes the state in memory in one step, with no await in between, and then waits for a write that contains its
/// change. While one write is under way the changes made meanwhile gather for the next, so under a rush one write
/// carries dozens of reservations instead of each waiting for its own. Nobody is answered before their change is
/// stored; if a write fails, the state goes back to what was last stored and every change not yet stored is refused.
/// </summary>
public sealed partial class ProductGrain
{
    private ProductState _committed = new();
    private TaskCompletionSource? _writing;
    private TaskCompletionSource? _gathering;

    /// <summary>Applies <paramref name="change"/> now and completes once a write that contains it has succeeded.</summary>
    private Task PersistAsync(Action<ProductState> change)
    {
        change(State);
        State.Version++;
        _live = State.Count();
        var batch = _gathering ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_writing is null)
        {
            _ = WriteBatchesAsync();
        }

        return batch.Task;
    }

    /// <summary>
    /// Waits until every change made so far is stored. An answer that repeats an earlier one (a retried reserve, a
    /// second confirm) may be about a change still being written; it must not be given before that change is stored.
    /// </summary>
    private async Task StoredAsync()
    {
        if (_gathering is { } gathering)
        {
            await gathering.Task;
        }
        else if (_writing is { } writing)
        {
            await writing.Task;
        }
    }

    /// <summary>Writes gathered changes one batch at a time until none are left. Runs on the grain's scheduler.</summary>
    private async Task WriteBatchesAsync()
    {
        while (_gathering is { } batch)
        {
            _gathering = null;
            _writing = batch;

            // What this write stores: the state now, before later changes join the next batch.
            var writing = State.Copy();
            try
            {
                await state.WriteStateAsync();
            }
            catch (Exception exception)
            {
                // Nothing in this batch or the next was acknowledged, so none of it may appear to have happened.
                state.State = _committed.Copy();
                _live = State.Count();
                var next = _gathering;
                _gathering = null;
                _writing = null;
                LogPersistFailed(exception, ProductId);
                batch.SetException(exception);
                next?.SetException(exception);
                return;
            }

            _committed = writing;
            _persisted = writing.Count();
            _writing = null;
            SchedulePush();
            batch.SetResult();
        }
    }
}
