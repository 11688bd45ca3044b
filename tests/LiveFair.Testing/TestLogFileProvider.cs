using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace LiveFair.Testing;

/// <summary>
/// Writes every log entry of one test host to one file, so the run's logs can be scanned for personal
/// data afterwards (scripts/test.sh, tests/LiveFair.LogScan). Lines are flushed as they are written:
/// a host whose test failed half-way may never be disposed, and its log matters most.
/// </summary>
[ProviderAlias("TestLogFile")]
public sealed class TestLogFileProvider : ILoggerProvider
{
    /// <summary>The folder the test script asks every host to log into; unset, hosts write no files.</summary>
    public const string FolderVariable = "LIVEFAIR_TEST_LOG_DIR";

    private readonly Lock _lock = new();
    private readonly StreamWriter _writer;
    private bool _disposed;

    public TestLogFileProvider(string path)
    {
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
    }

    /// <summary>A new log file in <paramref name="folder"/> or the one named by <see cref="FolderVariable"/>; null when neither is set.</summary>
    public static string? NewFilePath(string? folder = null)
    {
        folder ??= Environment.GetEnvironmentVariable(FolderVariable);
        if (string.IsNullOrWhiteSpace(folder))
        {
            return null;
        }

        Directory.CreateDirectory(folder);
        return Path.Combine(folder, Guid.NewGuid().ToString("N") + ".log");
    }

    public ILogger CreateLogger(string categoryName) => new TestLogFileLogger(this, categoryName);

    internal void Write(string category, LogLevel level, EventId eventId, string message, Exception? exception)
    {
        var line = new StringBuilder()
            .Append(DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)).Append(' ')
            .Append(level.ToString()).Append(' ')
            .Append(category).Append('[').Append(eventId.Id.ToString(CultureInfo.InvariantCulture)).Append("] ")
            .Append(message);
        if (exception is not null)
        {
            line.AppendLine().Append(exception);
        }

        lock (_lock)
        {
            if (!_disposed)
            {
                _writer.WriteLine(line.ToString());
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                _disposed = true;
                _writer.Dispose();
            }
        }
    }
}
