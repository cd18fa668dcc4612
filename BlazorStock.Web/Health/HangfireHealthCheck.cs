using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorStock.Web.Health;

/// <summary>Healthy while some Hangfire server (this one or another on the same storage) sends heartbeats, so jobs run.</summary>
public sealed class HangfireHealthCheck(JobStorage storage) : IHealthCheck
{
    /// <summary>Three of Hangfire's default 30-second heartbeats.</summary>
    public static readonly TimeSpan MaxHeartbeatAge = TimeSpan.FromSeconds(90);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Hangfire stamps heartbeats with the system clock, not the app's TimeProvider (which tests move by hand).
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var beats = storage.GetMonitoringApi().Servers()
                .Select(s => s.Heartbeat is { } beat ? now - DateTime.SpecifyKind(beat, DateTimeKind.Utc) : TimeSpan.MaxValue)
                .Where(age => age <= MaxHeartbeatAge)
                .ToList();
            return Task.FromResult(beats.Count > 0
                ? HealthCheckResult.Healthy($"{beats.Count} Hangfire server(s) alive, last heartbeat {Math.Max(0, beats.Min().TotalSeconds):0} s ago")
                : HealthCheckResult.Unhealthy($"No Hangfire server has sent a heartbeat in the last {MaxHeartbeatAge.TotalSeconds:0} s: recurring jobs are not running."));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The job storage cannot be read.", ex));
        }
    }
}
