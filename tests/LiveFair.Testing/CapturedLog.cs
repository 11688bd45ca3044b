using Microsoft.Extensions.Logging;

namespace LiveFair.Testing;

/// <summary>One log entry as a provider saw it, with its message already formatted.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message);
