using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Hangfire's own server host on our storage, activator and filters, except that a late stop is logged, not
/// thrown. The web server stops first and may use up the host's shutdown time draining open connections
/// (WebSockets); Hangfire, already told to stop when the app began stopping, then gets an expired token and
/// would fail the whole shutdown.
/// </summary>
public sealed class JobServerHost : IHostedService, IDisposable
{
    private readonly BackgroundJobServerHostedService _server;
    private readonly ILogger<JobServerHost> _logger;

    // IGlobalConfiguration is asked for so Hangfire's configuration (serializer, logging) is applied before the server runs.
    public JobServerHost(
        IGlobalConfiguration configured, JobStorage storage, JobActivator activator, IJobFilterProvider filters, ITimeZoneResolver timeZones,
        IHostApplicationLifetime lifetime, IOptions<JobOptions> options, ILogger<JobServerHost> logger)
    {
        _ = configured;
        _logger = logger;
        var server = new BackgroundJobServerOptions
        {
            Activator = activator,
            FilterProvider = filters,
            TimeZoneResolver = timeZones,
            SchedulePollingInterval = options.Value.SchedulePollingInterval,
        };
        server.WorkerCount = options.Value.WorkerCount ?? server.WorkerCount;
        _server = new BackgroundJobServerHostedService(storage, server, [], lifetime);
    }

    public Task StartAsync(CancellationToken cancellationToken) => _server.StartAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _server.StopAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("The Hangfire server had not stopped when the host's shutdown time ran out; a run still in progress is abandoned and stays 'Running' in the history.");
        }
    }

    public void Dispose() => _server.Dispose();
}
