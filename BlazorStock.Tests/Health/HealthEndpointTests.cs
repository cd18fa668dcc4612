using System.Net;
using BlazorStock.Tests.Jobs;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_reports_the_database_and_the_hangfire_servers_heartbeat()
    {
        await using var factory = JobHost.Create();
        using var client = factory.Client();

        System.Text.Json.JsonElement health = default;
        await JobHost.WaitUntilAsync(async () =>
        {
            var response = await client.GetAsync("/health");
            health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return response.StatusCode == HttpStatusCode.OK;
        }, "a healthy /health", seconds: 15);

        var checks = health.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("jobs").GetProperty("status").GetString());
        Assert.Matches(@"^1 Hangfire server\(s\) alive, last heartbeat \d+ s ago$", checks.GetProperty("jobs").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Without_a_live_hangfire_server_health_is_unhealthy()
    {
        await using var factory = JobHost.Create();
        factory.Settings["Jobs:Enabled"] = "false";
        using var client = factory.Client();

        var response = await client.GetAsync("/health");

        var health = await ApiAssert.JsonAsync(response, HttpStatusCode.ServiceUnavailable);
        var jobs = health.GetProperty("checks").GetProperty("jobs");
        Assert.Equal("Unhealthy", jobs.GetProperty("status").GetString());
        Assert.Contains("No Hangfire server has sent a heartbeat", jobs.GetProperty("description").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }
}
