using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace LiveFair.Web.Tests.Security;

internal static class HubConnectionSignals
{
    /// <summary>Completes with the close error (null for a clean close) when the connection closes.</summary>
    public static Task<Exception?> ClosedAsync(this HubConnection connection)
    {
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };
        return closed.Task;
    }

    /// <summary>True when the exception says the call died with its connection rather than being answered.</summary>
    public static bool IsConnectionGone(Exception exception) =>
        exception is IOException or OperationCanceledException or InvalidOperationException
        || (exception is HubException && exception.Message.Contains("closed the connection", StringComparison.Ordinal));
}
