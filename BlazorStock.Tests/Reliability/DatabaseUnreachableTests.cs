using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// PostgreSQL stopped mid-run (issue 19), on a cluster of this test's own: writes and reads answer 503 with
/// Retry-After at once, /health turns Unhealthy within seconds, a crowd of requests meanwhile gets answers
/// (no thread-pool starvation), and when the database returns the app carries on without a restart.
/// </summary>
public sealed class DatabaseUnreachableTests
{
    [Fact]
    public async Task With_postgresql_stopped_the_app_answers_503_and_unhealthy_quickly_and_recovers_by_itself_when_it_returns()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        await using var app = new ApiFactory();
        app.Settings["Database:Provider"] = "PostgreSql";
        app.Settings["RateLimits:HoldsPerCartPerMinute"] = "0";
        app.Settings["ConnectionStrings:BlazorStock"] = new Npgsql.NpgsqlConnectionStringBuilder(await cluster.CreateDatabaseAsync()) { Timeout = 3 }.ConnectionString;
        var product = await app.ProductAsync(50);
        using var cart = await app.CartClientAsync();
        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Created, (await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).StatusCode);

        cluster.StopNow();
        var down = Stopwatch.StartNew();

        var refused = await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("writes_unavailable", problem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync($"/api/products/{product.Id}")).StatusCode);
        var health = await anonymous.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("Unhealthy", await health.Content.ReadAsStringAsync());
        Assert.True(down.Elapsed < TimeSpan.FromSeconds(10), $"answers took {down.Elapsed.TotalSeconds:0.0} s with the database down");

        // A crowd meanwhile: every request is answered, none hangs waiting for a thread.
        var crowd = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i => i % 2 == 0
            ? (await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).StatusCode
            : (await anonymous.GetAsync($"/api/products/{product.Id}")).StatusCode));
        Assert.True(answers.All(a => a == HttpStatusCode.ServiceUnavailable), string.Join(", ", answers.Distinct()));
        Assert.True(crowd.Elapsed < TimeSpan.FromSeconds(20), $"200 requests took {crowd.Elapsed.TotalSeconds:0.0} s with the database down");

        cluster.Start();
        var back = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            await Task.Delay(200);
            status = (await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).StatusCode;
        }
        while (status != HttpStatusCode.OK && back.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        var level = await app.DbAsync(db => db.StockLevels.SingleAsync(s => s.ProductId == product.Id));
        Assert.Equal(2, level.Reserved);
    }
}
