using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Stock;

/// <summary>Reads of stock shared by services that run on different contexts (a request's, the writer's).</summary>
public static class StockQueries
{
    /// <summary>Available count per stocked product, summed over warehouses; every product when <paramref name="productIds"/> is null.</summary>
    public static Task<Dictionary<int, int>> AvailableByProductAsync(StockDbContext db, IReadOnlyCollection<int>? productIds, CancellationToken cancellationToken)
    {
        var levels = db.StockLevels.AsNoTracking();
        if (productIds is not null)
        {
            levels = levels.Where(s => productIds.Contains(s.ProductId));
        }

        return levels
            .GroupBy(s => s.ProductId)
            .Select(g => new { g.Key, Available = g.Sum(s => s.OnHand - s.Reserved) })
            .ToDictionaryAsync(g => g.Key, g => g.Available, cancellationToken);
    }

    /// <summary>
    /// The sentence for a shortfall: "Only 1 'Home Office Bundle' left; you asked for 3. Short of 'Walnut Desk'
    /// (needs 3, 1 available), 'Ergonomic Chair' (needs 3, 2 available)."
    /// </summary>
    public static string Shortfall(string productName, int available, int requested, IReadOnlyList<ComponentShortfall> shortComponents)
    {
        var message = available <= 0
            ? $"No '{productName}' left; you asked for {requested}."
            : $"Only {available} '{productName}' left; you asked for {requested}.";
        return shortComponents.Count == 0
            ? message
            : $"{message} Short of {string.Join(", ", shortComponents.Select(c => $"'{c.Name}' (needs {c.Needed}, {c.Available} available)"))}.";
    }
}
