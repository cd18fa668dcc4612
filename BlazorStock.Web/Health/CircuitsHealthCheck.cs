using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorStock.Web.Health;

/// <summary>Always healthy: it reports the circuit load (<see cref="CircuitLoad"/>) for whoever watches <c>/health</c>.</summary>
public sealed class CircuitsHealthCheck(CircuitLoad circuits) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy(
            $"{circuits.Active} circuits in memory, {circuits.Connected} connected",
            new Dictionary<string, object> { ["active"] = circuits.Active, ["connected"] = circuits.Connected }));
}
