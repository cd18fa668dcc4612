using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BlazorStock.Tests.Support;

/// <summary>Keeps every log entry the app writes, so a test can check what an operator would read.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries => [.. _entries];

    public bool Contains<TCategory>(LogLevel atLeast, string text) =>
        _entries.Any(e => e.Level >= atLeast && e.Category == typeof(TCategory).FullName && e.Message.Contains(text, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs._entries.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? "" : $" ({exception})")));
            }
        }
    }
}
