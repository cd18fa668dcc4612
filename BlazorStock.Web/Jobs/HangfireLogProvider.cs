using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Hangfire's logging through the app's <see cref="ILoggerFactory"/>, like its own provider, except that a
/// disposed factory drops the message instead of throwing. Hangfire keeps one log provider per process, so
/// with several hosts in one process (the tests) a job of one host may log through another that has stopped.
/// </summary>
public sealed class HangfireLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return new SafeLog(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new SafeLog(null);
        }
    }

    private sealed class SafeLog(ILog? inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner?.Log(logLevel, messageFunc, exception) ?? false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
