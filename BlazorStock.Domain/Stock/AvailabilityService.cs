using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Stock;

/// <summary>
/// Read-only availability answers. Lines are served in order against one working copy of the counts, so
/// two lines that share a product or a kit component cannot both count the same unit. Each answer reads
/// through its own context: a page may ask again before its last answer came.
/// </summary>
public sealed class AvailabilityService(IDbContextFactory<StockDbContext> contexts)
{
    public async Task<AvailabilityReport> CheckAsync(IReadOnlyList<OrderLineRequest> lines, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var productIds = lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking()
            .Include(p => p.Components).ThenInclude(c => c.Component)
            .Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var stocked = products.Values.SelectMany(p => p.StockNeeds(1).Select(n => n.ProductId)).Distinct().ToList();
        var remaining = await StockQueries.AvailableByProductAsync(db, stocked, cancellationToken);

        var results = new List<LineAvailability>(lines.Count);
        foreach (var line in lines)
        {
            if (!products.TryGetValue(line.ProductId, out var product))
            {
                results.Add(new LineAvailability(line.ProductId, line.Quantity, 0, Math.Max(0, line.Quantity), [], $"Product {line.ProductId} does not exist."));
                continue;
            }

            var available = product.IsActive ? Math.Max(0, product.AvailableFrom(remaining)) : 0;
            var granted = Math.Clamp(line.Quantity, 0, available);
            var shortComponents = granted < line.Quantity ? ComponentShortfall.Of(product, line.Quantity, remaining) : [];
            foreach (var (productId, quantity) in product.StockNeeds(granted))
            {
                remaining[productId] = remaining.GetValueOrDefault(productId) - quantity;
            }

            results.Add(new LineAvailability(product.Id, line.Quantity, available, line.Quantity - granted, shortComponents, Describe(product, line.Quantity, available, shortComponents)));
        }

        return new AvailabilityReport(results.All(r => r.Shortfall == 0), results);
    }

    /// <summary>Available count per stocked product, summed over warehouses.</summary>
    public async Task<Dictionary<int, int>> AvailableByProductAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await StockQueries.AvailableByProductAsync(db, productIds, cancellationToken);
    }

    private static string Describe(Product product, int requested, int available, IReadOnlyList<ComponentShortfall> shortComponents)
    {
        if (!product.IsActive)
        {
            return $"'{product.Name}' is not for sale.";
        }

        if (available >= requested)
        {
            return $"{requested} '{product.Name}' available.";
        }

        return StockQueries.Shortfall(product.Name, available, requested, shortComponents);
    }
}
