using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Holds;

/// <summary>
/// How the holds that closed in a window ended: the one definition of conversion and expiry that the daily
/// report and the dashboard share. A hold counts once, in the window in which it closed (by
/// <see cref="Hold.ClosedAt"/>, From &lt; ClosedAt ≤ To), whenever it was created; holds still active count
/// nowhere yet. Converted means its order was paid; a converted hold whose order is cancelled before
/// shipping becomes released at that moment, so a refunded sale is not a conversion (windows already
/// reported keep their stored counts).
/// </summary>
/// <param name="Converted">Holds whose order was paid (and not cancelled since).</param>
/// <param name="Expired">Holds that ran out before checkout or payment.</param>
/// <param name="Released">Holds given up: removed from a cart, released by staff, their order cancelled or unpaid.</param>
public sealed record HoldOutcomes(DateTimeOffset From, DateTimeOffset To, int Converted, int Expired, int Released)
{
    /// <summary>Every hold that closed in the window, whatever its outcome: the rates' denominator.</summary>
    public int Closed => Converted + Expired + Released;

    /// <summary>Converted / (converted + expired + released); null when no hold closed in the window.</summary>
    public double? ConversionRate => Closed == 0 ? null : (double)Converted / Closed;

    /// <summary>Expired / (converted + expired + released); null when no hold closed in the window.</summary>
    public double? ExpiryRate => Closed == 0 ? null : (double)Expired / Closed;

    /// <summary>Counts the holds closed in (<paramref name="from"/>, <paramref name="to"/>] by status, in one GROUP BY in the database.</summary>
    public static Task<HoldOutcomes> CountAsync(StockDbContext db, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        CountAsync(db, from, to, productId: null, cancellationToken);

    /// <summary>The same, for one product's holds when <paramref name="productId"/> is given.</summary>
    public static async Task<HoldOutcomes> CountAsync(StockDbContext db, DateTimeOffset from, DateTimeOffset to, int? productId, CancellationToken cancellationToken)
    {
        var closed = db.Holds.AsNoTracking().Where(h => h.ClosedAt > from && h.ClosedAt <= to);
        if (productId is { } product)
        {
            closed = closed.Where(h => h.ProductId == product);
        }

        var byStatus = await closed
            .GroupBy(h => h.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        return new HoldOutcomes(from, to,
            byStatus.GetValueOrDefault(HoldStatus.Converted), byStatus.GetValueOrDefault(HoldStatus.Expired), byStatus.GetValueOrDefault(HoldStatus.Released));
    }
}
