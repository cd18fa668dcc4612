using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorStock.Web.Health;

public static class HealthEndpoints
{
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CircuitLoad>();
        builder.Services.AddHealthChecks()
            // An unreachable PostgreSQL host can take Npgsql's whole connect timeout; health answers sooner.
            .AddCheck<DatabaseHealthCheck>("database", timeout: TimeSpan.FromSeconds(3))
            .AddCheck<WriterHealthCheck>("writer")
            .AddCheck<HangfireHealthCheck>("jobs")
            .AddCheck<CircuitsHealthCheck>("circuits")
            .AddCheck<LiveRelayHealthCheck>("live-relay");
        return builder;
    }

    /// <summary><c>/health</c>: overall status and each check's (with its data, e.g. the circuit counts), as JSON; 503 when anything is unhealthy.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Counting starts here, before the first circuit: the meter reports changes, and a missed one is never made up.
        app.ServiceProvider.GetRequiredService<CircuitLoad>();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, JsonSerializerOptions.Web));
    }
}
