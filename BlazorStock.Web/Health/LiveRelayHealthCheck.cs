using BlazorStock.Web.Live;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorStock.Web.Health;

/// <summary>On PostgreSQL: whether this server hears other servers' changes (Degraded, not Unhealthy: its own changes and every read still work).</summary>
public sealed class LiveRelayHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(services.GetService<PostgreSqlEventRelay>() switch
        {
            null => HealthCheckResult.Healthy("One app server (SQLite): nothing to relay."),
            { Listening: true } relay => HealthCheckResult.Healthy($"Listening on {PostgreSqlEventRelay.Channel} as server {relay.ServerId}."),
            _ => HealthCheckResult.Degraded("Not listening for other app servers' changes: pages here update on their next read only."),
        });
}
