using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LiveFair.Testing;

/// <summary>
/// A logger provider that keeps every entry in memory, for tests that read what the app logged (the link
/// the log mail sender writes) or check what it must never log. Pass it to <see cref="LiveFairTestHost.StartAsync"/>.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private readonly SemaphoreSlim _arrived = new(0);

    /// <param name="minimumLevel">Entries below this level are not kept, whatever the host's own log levels are.</param>
    public LogCapture(LogLevel minimumLevel = LogLevel.Information) => MinimumLevel = minimumLevel;

    public LogLevel MinimumLevel { get; }

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>Waits until an entry matches, or fails after <paramref name="timeout"/> (10 s by default).</summary>
    public async Task<CapturedLog> WaitForAsync(Func<CapturedLog, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var found = _entries.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching log entry among {_entries.Count}.");
            }
        }
    }

    /// <summary>The host stops and disposes its providers; the entries stay readable after that.</summary>
    public void Dispose()
    {
    }

    private void Add(CapturedLog entry)
    {
        _entries.Enqueue(entry);
        _arrived.Release();
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= capture.MinimumLevel && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                capture.Add(new CapturedLog(category, logLevel, eventId, formatter(state, exception)));
            }
        }
    }
}
