using BlazorStock.Domain.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorStock.Web.Health;

/// <summary>
/// The write path (issue 19): Unhealthy when its thread has stopped or one batch has run past
/// <c>Persistence:StallTimeout</c>, since then no hold can be placed; Degraded while the storage is full
/// (writes are refused with 503 until there is room, and a restart would not help).
/// </summary>
public sealed class WriterHealthCheck(StockWriter writer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = writer.Status;
        return Task.FromResult(status switch
        {
            { Running: false, Failure: { } failure } => HealthCheckResult.Unhealthy(
                $"The write path's thread stopped ({failure.GetType().Name}: {failure.Message}); every write is refused until the app restarts.", failure),
            { Running: false } => HealthCheckResult.Unhealthy("The write path is shut down."),
            { IsStalled: true, BusyFor: { } busyFor } => HealthCheckResult.Unhealthy(
                $"The write path has been running one batch ({status.BatchSize} operations) for {busyFor.TotalSeconds:0} s, more than {status.StallTimeout.TotalSeconds:0} s; new writes are refused until it finishes."),
            { StorageFullSince: { } since } => HealthCheckResult.Degraded(
                $"The storage has been full since {since:u}: writes are refused with 503 until there is room."),
            _ => HealthCheckResult.Healthy(status.Queued == 0 ? "Idle or busy within limits, nothing waiting" : $"{status.Queued} writes waiting"),
        });
    }
}
