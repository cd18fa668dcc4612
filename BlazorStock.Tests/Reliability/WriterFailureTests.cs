using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BlazorStock.Domain;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.Jobs;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// The write path's own thread stalling or dying (issue 19): /health turns Unhealthy, the log says why, and
/// writes are refused at once with 503 instead of hanging.
/// </summary>
public sealed class WriterFailureTests
{
    [Fact]
    public async Task A_stalled_batch_turns_health_unhealthy_is_logged_refuses_new_writes_fast_and_recovers_when_it_finishes()
    {
        var logs = new CapturedLogs();
        await using var factory = Factory(logs);
        var product = await factory.ProductAsync(100);
        using var shopper = await factory.CartClientAsync();
        using var probe = factory.Client();
        var release = await BlockWriterAsync(factory);

        var queuedBefore = shopper.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1));
        await JobHost.WaitUntilAsync(async () => (await WriterHealthAsync(probe)).Status == "Unhealthy", "the writer reported stalled", seconds: 10);
        Assert.Contains("has been running one batch", (await WriterHealthAsync(probe)).Description);

        var clock = Stopwatch.StartNew();
        using var other = await factory.CartClientAsync();
        var refused = await other.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1)).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"refusing took {clock.Elapsed}");
        await ApiAssert.ProblemAsync(refused, HttpStatusCode.ServiceUnavailable, ErrorCodes.WritesUnavailable);
        Assert.Equal("5", Assert.Single(refused.Headers.GetValues("Retry-After")));
        await JobHost.WaitUntilAsync(() => Task.FromResult(logs.Contains<StockWriter>(LogLevel.Error, "The write path has been running one batch")), "the stall in the log", seconds: 5);

        release.SetResult();

        await ApiAssert.JsonAsync(await queuedBefore, HttpStatusCode.Created);
        Assert.Equal("Healthy", (await WriterHealthAsync(probe)).Status);
        await ApiAssert.JsonAsync(await other.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1)), HttpStatusCode.Created);
        Assert.True(logs.Contains<StockWriter>(LogLevel.Warning, "stalled batch finished"));
    }

    [Fact]
    public async Task A_dead_writer_thread_turns_health_unhealthy_says_why_and_answers_waiting_and_new_writes_with_503_at_once()
    {
        var logs = new CapturedLogs();
        await using var factory = Factory(logs);
        var product = await factory.ProductAsync(100);
        using var fault = new WriterFault(factory.Services);
        var writer = factory.Services.GetRequiredService<StockWriter>();
        var release = await BlockWriterAsync(factory);
        using var first = await factory.CartClientAsync();
        using var second = await factory.CartClientAsync();
        var waiting = new[]
        {
            first.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1)),
            second.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 2)),
        };
        await JobHost.WaitUntilAsync(() => Task.FromResult(writer.Status.Queued == 2), "two holds waiting", seconds: 10);

        fault.Arm();
        release.SetResult();

        foreach (var answer in await Task.WhenAll(waiting).WaitAsync(TimeSpan.FromSeconds(10)))
        {
            await ApiAssert.ProblemAsync(answer, HttpStatusCode.ServiceUnavailable, ErrorCodes.WritesUnavailable);
            Assert.Equal("30", Assert.Single(answer.Headers.GetValues("Retry-After")));
        }

        using var probe = factory.Client();
        var health = await WriterHealthAsync(probe);
        Assert.Equal("Unhealthy", health.Status);
        Assert.Contains("thread stopped (InvalidOperationException: injected", health.Description);
        Assert.True(logs.Contains<StockWriter>(LogLevel.Critical, "The write path's thread stopped: injected"));

        var clock = Stopwatch.StartNew();
        await ApiAssert.ProblemAsync(await first.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1)).WaitAsync(TimeSpan.FromSeconds(10)),
            HttpStatusCode.ServiceUnavailable, ErrorCodes.WritesUnavailable);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"refusing took {clock.Elapsed}");
        Assert.Equal(0, await factory.DbAsync(db => db.Holds.CountAsync(h => h.ProductId == product.Id)));
    }

    private static ApiFactory Factory(CapturedLogs logs)
    {
        var factory = new ApiFactory();
        factory.Settings["Persistence:StallTimeout"] = "00:00:01";
        factory.TestServices = services => services.AddSingleton<ILoggerProvider>(logs);
        return factory;
    }

    /// <summary>Occupies the writer with one operation that does not finish until the returned gate is set.</summary>
    private static async Task<TaskCompletionSource> BlockWriterAsync(ApiFactory factory)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = factory.Services.GetRequiredService<StockWriter>().WriteAsync(new OperationContext(), async _ =>
        {
            started.SetResult();
            await gate.Task;
            return true;
        }, CancellationToken.None);
        await started.Task;
        return gate;
    }

    private static async Task<(string Status, string Description)> WriterHealthAsync(HttpClient client)
    {
        // 200 or 503: the body says which check is unhealthy either way.
        using var response = await client.GetAsync("/health");
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var writer = health.GetProperty("checks").GetProperty("writer");
        return (writer.GetProperty("status").GetString()!, writer.GetProperty("description").GetString() ?? "");
    }
}
