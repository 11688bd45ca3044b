using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Security;

/// <summary>
/// Resolves hub protocols as SignalR's default resolver does (by name, case-insensitively, limited to
/// the hub's supported protocols), but hands out each protocol wrapped in a <see cref="MessageBudgetHubProtocol"/>.
/// </summary>
internal sealed class MessageBudgetProtocolResolver : IHubProtocolResolver
{
    private readonly Dictionary<string, IHubProtocol> _protocols = new(StringComparer.OrdinalIgnoreCase);

    public MessageBudgetProtocolResolver(IEnumerable<IHubProtocol> protocols, IOptions<SecurityOptions> options, TimeProvider time, ILogger<MessageBudgetHubProtocol> logger)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        foreach (var protocol in protocols)
        {
            _protocols[protocol.Name] = new MessageBudgetHubProtocol(protocol, options.Value.HubRateLimit, time, logger);
        }

        AllProtocols = [.. _protocols.Values];
    }

    public IReadOnlyList<IHubProtocol> AllProtocols { get; }

    public IHubProtocol? GetProtocol(string protocolName, IReadOnlyList<string>? supportedProtocols) =>
        _protocols.TryGetValue(protocolName, out var protocol)
        && (supportedProtocols is null || supportedProtocols.Contains(protocolName, StringComparer.OrdinalIgnoreCase))
            ? protocol
            : null;
}
