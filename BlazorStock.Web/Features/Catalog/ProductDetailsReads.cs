using System.Collections.Concurrent;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Live;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Features.Catalog;

/// <summary>
/// One read of a product page serves every circuit that asks for it until the next live dispatch. During a
/// drop thousands of open pages re-read the same product after each change; each reading it for itself
/// kept the database from the buyers and left the pages seconds behind (docs/benchmarks.md, circuits-push).
/// A read is reused only if it started after the last dispatch its caller knew of (<see cref="LiveNotifier.Mark"/>,
/// counted before the dispatch reaches any page), so it already sees every change that caller was told of.
/// </summary>
public sealed class ProductDetailsReads(IDbContextFactory<StockDbContext> contexts, LiveNotifier live)
{
    private readonly ConcurrentDictionary<int, Read> _reads = new();

    /// <summary>Products with a read kept.</summary>
    internal int Kept => _reads.Count;

    public async Task<ProductDetailsView?> GetAsync(int productId)
    {
        var mark = live.Mark();
        var fresh = new Read(mark, new Lazy<Task<ProductDetailsView?>>(
            () => CatalogReader.ReadDetailsAsync(contexts, productId, null, CancellationToken.None)));
        var read = _reads.AddOrUpdate(productId, fresh, (_, existing) => existing.Serves(mark) ? existing : fresh);
        var view = await read.Task.Value;
        if (view is null)
        {
            // Only products on sale stay: addresses of made-up ids must not grow this without bound.
            _reads.TryRemove(KeyValuePair.Create(productId, read));
        }

        return view;
    }

    /// <param name="Mark">The notifier's dispatch count when the read was asked for.</param>
    private sealed record Read(long Mark, Lazy<Task<ProductDetailsView?>> Task)
    {
        public bool Serves(long mark) => Mark >= mark && !(Task.IsValueCreated && (Task.Value.IsFaulted || Task.Value.IsCanceled));
    }
}
