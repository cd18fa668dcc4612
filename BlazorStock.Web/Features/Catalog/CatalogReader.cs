using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Features.Catalog;

/// <summary>
/// Read side of the storefront catalog: search, product details and availability. Each read takes its own
/// context, so components of one circuit can read at the same time.
/// </summary>
public sealed class CatalogReader(IDbContextFactory<StockDbContext> contexts, ProductDetailsReads shared)
{
    public async Task<List<Product>> SearchAsync(string? search, string? category, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = ForSale(db);
        if (!string.IsNullOrWhiteSpace(category))
        {
            query = query.Where(p => p.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = LikePattern.Containing(search);
            query = query.Where(p => EF.Functions.Like(p.Name, pattern, LikePattern.Escape) || EF.Functions.Like(p.Sku, pattern, LikePattern.Escape) || EF.Functions.Like(p.Description, pattern, LikePattern.Escape));
        }

        return await query.OrderBy(p => p.Category).ThenBy(p => p.Name).ToListAsync(cancellationToken);
    }

    public async Task<List<string>> CategoriesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products.AsNoTracking().Where(p => p.IsActive && p.Category != "").Select(p => p.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Badges for <paramref name="products"/> as <paramref name="viewerCartId"/> sees them: the viewer's own
    /// holds are not "other shoppers". Hold expiries are looked up only for stock that has run out.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, ProductAvailability>> AvailabilityAsync(IReadOnlyCollection<Product> products, string? viewerCartId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await AvailabilityAsync(db, products, viewerCartId, cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<int, ProductAvailability>> AvailabilityAsync(StockDbContext db, IReadOnlyCollection<Product> products, string? viewerCartId, CancellationToken cancellationToken)
    {
        var stockIds = products.SelectMany(StockIds).Distinct().ToList();
        var available = await StockQueries.AvailableByProductAsync(db, stockIds, cancellationToken);
        var runOut = stockIds.Where(id => available.GetValueOrDefault(id) <= 0).ToList();
        var heldUntil = runOut.Count == 0 ? [] : await EarliestOtherHoldExpiryAsync(db, runOut, viewerCartId, cancellationToken);

        return products.ToDictionary(p => p.Id, p =>
        {
            var ids = StockIds(p);
            var free = Math.Max(0, p.AvailableFrom(available));
            DateTimeOffset? until = null;
            if (free == 0)
            {
                // The product frees up when its short stock does: the earliest other hold on any run-out part.
                until = ids.Where(id => available.GetValueOrDefault(id) <= 0 && heldUntil.ContainsKey(id)).Select(id => (DateTimeOffset?)heldUntil[id]).Min();
            }

            return new ProductAvailability(p.Id, free, p.LowStockThreshold, until, ids);
        });
    }

    /// <summary>
    /// The product page as <paramref name="viewerCartId"/> sees it. While any is available every viewer sees the
    /// same page, read once for all of them (<see cref="ProductDetailsReads"/>); once none is, when other
    /// shoppers' holds end leaves out the viewer's own, so that read is the viewer's.
    /// </summary>
    public async Task<ProductDetailsView?> DetailsAsync(int productId, string? viewerCartId, CancellationToken cancellationToken)
    {
        var view = await shared.GetAsync(productId);
        return view is { Availability.Available: 0 } && viewerCartId is not null
            ? await ReadDetailsAsync(contexts, productId, viewerCartId, cancellationToken)
            : view;
    }

    internal static async Task<ProductDetailsView?> ReadDetailsAsync(IDbContextFactory<StockDbContext> contexts, int productId, string? viewerCartId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await ForSale(db).SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (product is null)
        {
            return null;
        }

        var badge = (await AvailabilityAsync(db, [product], viewerCartId, cancellationToken))[product.Id];
        var ids = badge.StockIds;
        var levels = await db.StockLevels.AsNoTracking().Where(s => ids.Contains(s.ProductId)).ToListAsync(cancellationToken);
        var warehouses = await db.Warehouses.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken);
        var perWarehouse = warehouses
            .Where(w => levels.Any(l => l.WarehouseId == w.Id))
            .Select(w => new WarehouseStock(w.Name, Math.Max(0, product.AvailableFrom(levels.Where(l => l.WarehouseId == w.Id).ToDictionary(l => l.ProductId, l => l.Available)))))
            .ToList();
        var totals = levels.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Available));
        var parts = product.Components
            .Select(c => new KitPart(c.ComponentId, c.Component?.Name ?? $"#{c.ComponentId}", c.Quantity, Math.Max(0, totals.GetValueOrDefault(c.ComponentId))))
            .ToList();
        var units = product.IsSerialized
            ? await db.SerializedUnits.AsNoTracking()
                .Where(u => u.ProductId == product.Id && u.Status == UnitStatus.Available)
                .OrderBy(u => u.SerialNumber)
                .Select(u => new { u.SerialNumber, u.WarehouseId, u.Condition })
                .ToListAsync(cancellationToken)
            : [];
        var free = units.Select(u => new FreeUnit(u.SerialNumber, warehouses.FirstOrDefault(w => w.Id == u.WarehouseId)?.Name ?? "", u.Condition)).ToList();
        return new ProductDetailsView(product, badge, perWarehouse, parts, free);
    }

    public static IReadOnlyList<int> StockIds(Product product) => product.StockNeeds(1).Select(n => n.ProductId).ToList();

    private static IQueryable<Product> ForSale(StockDbContext db) =>
        db.Products.AsNoTracking().Include(p => p.Components).ThenInclude(c => c.Component).Where(p => p.IsActive);

    private static async Task<Dictionary<int, DateTimeOffset>> EarliestOtherHoldExpiryAsync(StockDbContext db, List<int> stockIds, string? viewerCartId, CancellationToken cancellationToken)
    {
        var viewer = viewerCartId ?? "";
        var held = await (
                from a in db.HoldAllocations
                join h in db.Holds on a.HoldId equals h.Id
                where stockIds.Contains(a.ProductId) && h.Status == HoldStatus.Active && h.ExpiresAt != null
                    && !(h.OwnerType == HoldOwnerType.Cart && h.OwnerId == viewer)
                group h.ExpiresAt by a.ProductId into g
                select new { ProductId = g.Key, ExpiresAt = g.Min() })
            .ToListAsync(cancellationToken);
        return held.Where(h => h.ExpiresAt is not null).ToDictionary(h => h.ProductId, h => h.ExpiresAt!.Value);
    }

}
