namespace LiveFair.Silo.Storage;

/// <summary>Grain state that can copy itself before a change, so a failed write can put it back.</summary>
public interface IRestorableState<out TSelf>
{
    TSelf Copy();
}

public static class PersistentStateWrites
{
    /// <summary>
    /// Applies <paramref name="change"/> and writes the state. If the write fails, the state is put back as it
    /// was and the error passed on: nothing was acknowledged, so nothing may appear to have changed.
    /// </summary>
    public static async Task WriteOrRestoreAsync<T>(this IPersistentState<T> state, Action<T> change)
        where T : IRestorableState<T>
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(change);
        var before = state.State.Copy();
        change(state.State);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = before;
            throw;
        }
    }
}
