using System.Collections.Concurrent;
using BlazorStock.Web.Carts;

namespace BlazorStock.Bench.Circuits;

/// <summary>Many shoppers' tabs: each with its own cart cookie and circuit, opened a few at a time.</summary>
public sealed class CircuitShoppers(ServerProcess server) : IAsyncDisposable
{
    /// <summary>Tabs opening at once: a crowd arriving, not a single burst that only measures the accept queue.</summary>
    private const int Opening = 32;
    private readonly ConcurrentBag<CircuitConnection> _open = [];

    public IReadOnlyCollection<CircuitConnection> Open => _open;

    /// <summary>A new cart (its sealed token as the browser's cookie) holding one unit of each product, through the API.</summary>
    public async Task<BrowserCookies> FillCartAsync(IReadOnlyList<int> products)
    {
        var token = await Shop.CreateCartAsync(server.Http);
        foreach (var product in products)
        {
            var reply = await Shop.HoldAsync(server.Http, token, product, 1);
            if (!reply.Ok)
            {
                throw new InvalidOperationException($"Holding product {product} failed: {reply.Outcome}");
            }
        }

        var cookies = new BrowserCookies();
        cookies.Remember(CartIdentity.CookieName, token);
        return cookies;
    }

    /// <summary>Opens <paramref name="count"/> tabs, <see cref="Opening"/> at a time; each gets its cookies from <paramref name="cookiesFor"/>.</summary>
    public async Task OpenAsync(int count, string path, Func<int, Task<BrowserCookies>> cookiesFor,
        Action<int, CircuitConnection, RenderBatch, long> onBatch, Latencies opened)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(Opening, count)).Select(_ => Task.Run(async () =>
        {
            int shopper;
            while ((shopper = Interlocked.Increment(ref next)) < count)
            {
                var cookies = await cookiesFor(shopper);
                var index = shopper;
                var circuit = await opened.TimeAsync(
                    () => CircuitConnection.OpenAsync(server.Http, new Uri(server.BaseAddress, path), cookies, (c, batch, at) => onBatch(index, c, batch, at), CancellationToken.None),
                    _ => "opened");
                _open.Add(circuit);
            }
        })));
    }

    /// <summary>
    /// Waits until every tab shows what the scenario needs: a page's first batch often has no data yet (its
    /// component renders before its load completes), the next one brings it.
    /// </summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    /// <summary>Closes every open tab as a browser does (the unload beacon, then the socket).</summary>
    public async Task CloseAllAsync()
    {
        var closing = new List<CircuitConnection>();
        while (_open.TryTake(out var circuit))
        {
            closing.Add(circuit);
        }

        foreach (var batch in closing.Chunk(Opening))
        {
            await Task.WhenAll(batch.Select(c => c.CloseAsync(server.Http)));
        }
    }

    public async ValueTask DisposeAsync() => await Task.WhenAll(_open.Select(c => c.DisposeAsync().AsTask()));
}
