using System.Collections.Concurrent;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Catalog;

/// <summary>
/// Products (with kit components) as the write path sees them, kept between operations: loading the
/// product was a fifth of a hold's cost (docs/benchmarks.md). Catalog changes go through the same
/// writer and evict here; the short lifetime bounds staleness from another process sharing the database.
/// </summary>
public sealed class ProductCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<int, (Product Product, DateTimeOffset LoadedAt)> _products = new();

    internal async Task<Product?> FindAsync(WriteContext w, int productId)
    {
        if (_products.TryGetValue(productId, out var cached) && time.GetUtcNow() - cached.LoadedAt < Lifetime)
        {
            return cached.Product;
        }

        var product = await w.Db.Products.AsNoTracking()
            .Include(p => p.Components).ThenInclude(c => c.Component)
            .SingleOrDefaultAsync(p => p.Id == productId);
        if (product is not null)
        {
            _products[productId] = (product, time.GetUtcNow());
        }

        return product;
    }

    /// <summary>Forget a product and every kit that could contain it: after a catalog change here, or on another app server.</summary>
    public void Evict(int productId)
    {
        _products.TryRemove(productId, out _);
        foreach (var (id, entry) in _products)
        {
            if (entry.Product.Components.Any(c => c.ComponentId == productId))
            {
                _products.TryRemove(id, out _);
            }
        }
    }
}
