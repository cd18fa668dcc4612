using System.Net;
using System.Net.Http.Json;
using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Tests.Concurrency;
using BlazorStock.Tests.Jobs;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Jobs;
using BlazorStock.Web.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.ScaleOut;

/// <summary>Issue 18: two app servers on one PostgreSQL database behave as one shop.</summary>
public sealed class TwoServerTests
{
    [Fact]
    public async Task Sixty_carts_split_across_two_servers_race_for_seven_units_and_exactly_seven_win()
    {
        await using var servers = await TwoServers.StartAsync();
        var product = await servers.A.ProductAsync(7);
        var clients = new List<HttpClient>();
        for (var i = 0; i < 60; i++)
        {
            clients.Add(await (i % 2 == 0 ? servers.A : servers.B).CartClientAsync());
        }

        var answers = new HttpStatusCode[60];
        var outcomes = await Race.RunAsync(60, async i =>
            answers[i] = (await clients[i].PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).StatusCode);

        Assert.All(outcomes, o => Assert.Null(o));
        Assert.Equal(7, answers.Count(a => a == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a));
        var level = await servers.B.DbAsync(db => db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == product.Id));
        Assert.Equal((7, 7), (level.OnHand, level.Reserved));
        Assert.Equal(7, await servers.B.DbAsync(db => db.Holds.CountAsync(h => h.ProductId == product.Id && h.Status == HoldStatus.Active)));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task A_hold_made_through_one_server_reaches_the_notifier_of_the_other()
    {
        await using var servers = await TwoServers.StartAsync();
        var product = await servers.A.ProductAsync(5);
        var relay = servers.B.Services.GetRequiredService<PostgreSqlEventRelay>();
        await JobHost.WaitUntilAsync(() => Task.FromResult(relay.Listening), "server B to listen");
        var seen = new TaskCompletionSource<HoldCreated>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watching = servers.B.Services.GetRequiredService<LiveNotifier>().Subscribe(
            [LiveTopics.Product(product.Id)], events =>
            {
                if (events.OfType<HoldCreated>().FirstOrDefault() is { } created)
                {
                    seen.TrySetResult(created);
                }
            });

        using var cart = await servers.A.CartClientAsync();
        var response = await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 2));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await seen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((product.Id, 2), (created.Hold.ProductId, created.Hold.Quantity));
    }

    [Fact]
    public async Task A_cart_token_issued_by_one_server_works_on_the_other()
    {
        await using var servers = await TwoServers.StartAsync();
        var product = await servers.A.ProductAsync(5);
        var token = await servers.A.CartTokenAsync();
        using var onA = servers.A.Client();
        onA.DefaultRequestHeaders.Add(CartIdentity.Header, token);
        Assert.Equal(HttpStatusCode.Created, (await onA.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).StatusCode);

        using var onB = servers.B.Client();
        onB.DefaultRequestHeaders.Add(CartIdentity.Header, token);
        var cart = await onB.GetAsync("/api/cart");

        Assert.Equal(HttpStatusCode.OK, cart.StatusCode);
        Assert.Contains(product.Sku, await cart.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Expire_holds_triggered_on_both_servers_at_once_releases_each_hold_once()
    {
        await using var servers = await TwoServers.StartAsync(jobs: true);
        var product = await servers.A.ProductAsync(40);
        for (var i = 0; i < 30; i++)
        {
            using var cart = await servers.A.CartClientAsync();
            Assert.Equal(HttpStatusCode.Created, (await cart.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 1))).StatusCode);
        }

        servers.A.Time.Advance(TimeSpan.FromHours(1));
        servers.B.Time.Advance(TimeSpan.FromHours(1));
        var triggered = await Task.WhenAll(
            Task.Run(() => servers.A.WithAsync<JobActions, string>(a => a.TriggerAsync(JobCatalog.ExpireHolds, JobHost.Admin, CancellationToken.None))),
            Task.Run(() => servers.B.WithAsync<JobActions, string>(a => a.TriggerAsync(JobCatalog.ExpireHolds, JobHost.Admin, CancellationToken.None))));
        var runs = await Task.WhenAll(triggered.Select(id => servers.A.WaitForRunAsync(id)));

        Assert.All(runs, r => Assert.Equal(JobOutcome.Succeeded, r.Outcome));
        Assert.Equal(30, runs.Sum(r => r.HoldsExpired));
        Assert.Contains(runs, r => r.HoldsExpired == 0);
        var expiredAudits = await servers.B.DbAsync(db => db.AuditEntries.Where(a => a.Action == "hold.expired").GroupBy(a => a.ObjectId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(30, expiredAudits.Count);
        Assert.All(expiredAudits, count => Assert.Equal(1, count));
        var level = await servers.B.DbAsync(db => db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == product.Id));
        Assert.Equal((40, 0), (level.OnHand, level.Reserved));
    }
}
