using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace LiveFair.Web.Security;

/// <summary>
/// Wraps a hub protocol (JSON, MessagePack) to count every message a client sends, per connection, as it
/// is parsed, and to close a connection that sends more than its budget.
/// </summary>
/// <remarks>
/// Hub filters never see calls to methods that do not exist, calls with arguments that do not bind, or
/// calls refused by [Authorize]: SignalR answers those itself. Parsing is the one step every message
/// passes through, so it is counted here. HubConnectionHandler creates one <see cref="IInvocationBinder"/>
/// per connection and hands it to every parse of that connection, so the binder keys the connection's
/// budget (weakly: the entry goes when the connection does). An exception thrown while parsing is how
/// SignalR itself treats a broken message: the message is never dispatched and the connection is closed
/// with an error. A middleware on the raw connection (MapConnections + UseHub) would have to
/// re-implement message framing for both protocols to count the same thing.
/// </remarks>
internal sealed partial class MessageBudgetHubProtocol(IHubProtocol inner, HubRateLimitOptions limits, TimeProvider time, ILogger logger) : IHubProtocol
{
    private readonly ConditionalWeakTable<IInvocationBinder, ConnectionMessageBudget> _budgets = new();
    private readonly ConditionalWeakTable<IInvocationBinder, ConnectionMessageBudget>.CreateValueCallback _newBudget =
        _ => new ConnectionMessageBudget(limits.ConnectionMessageLimit, limits.ConnectionMessagesPerSecond, time);

    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (!inner.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        var budget = _budgets.GetValue(binder, _newBudget);
        if (!budget.TryTake())
        {
            LogOverBudget(limits.ConnectionMessageLimit);
            throw new InvalidDataException($"{SecurityErrors.RateLimited}: The connection sent more than {limits.ConnectionMessageLimit} messages in a burst.");
        }

        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing a hub connection that sent more than {Limit} messages in a burst")]
    private partial void LogOverBudget(int limit);
}
