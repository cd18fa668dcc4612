using System.Globalization;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Paging;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Orders;

/// <summary>The staff order list: filtered by status, customer and date, sorted by creation time or total, keyset-paged.</summary>
public static class OrderQueries
{
    public static readonly IReadOnlyList<string> Sorts = ["-createdAt", "createdAt", "-total", "total"];

    /// <summary>A page of orders, or null when the cursor does not belong to this sort.</summary>
    public static async Task<Page<OrderSummary>?> ListAsync(StockDbContext db, OrderFilter filter, string sort, string? cursor, int take, CancellationToken cancellationToken)
    {
        var query = db.Orders.AsNoTracking();
        if (filter.Status is { } wanted)
        {
            query = query.Where(o => o.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(filter.Customer))
        {
            var pattern = LikePattern.Containing(filter.Customer);
            query = query.Where(o => EF.Functions.Like(o.Customer, pattern, LikePattern.Escape));
        }

        if (filter.From is { } from)
        {
            query = query.Where(o => o.CreatedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(o => o.CreatedAt < to);
        }

        var descending = sort.StartsWith('-');
        var byTotal = sort.EndsWith("total", StringComparison.Ordinal);
        if (cursor is not null)
        {
            if (!Cursor.TryDecode(cursor, 3, out var parts) || parts[0] != sort || !Guid.TryParse(parts[2], out var lastId))
            {
                return null;
            }

            if (byTotal && decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var total))
            {
                query = descending
                    ? query.Where(o => o.Total < total || (o.Total == total && o.Id.CompareTo(lastId) < 0))
                    : query.Where(o => o.Total > total || (o.Total == total && o.Id.CompareTo(lastId) > 0));
            }
            else if (!byTotal && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                var at = new DateTimeOffset(ticks, TimeSpan.Zero);
                query = descending
                    ? query.Where(o => o.CreatedAt < at || (o.CreatedAt == at && o.Id.CompareTo(lastId) < 0))
                    : query.Where(o => o.CreatedAt > at || (o.CreatedAt == at && o.Id.CompareTo(lastId) > 0));
            }
            else
            {
                return null;
            }
        }

        query = (byTotal, descending) switch
        {
            (true, true) => query.OrderByDescending(o => o.Total).ThenByDescending(o => o.Id),
            (true, false) => query.OrderBy(o => o.Total).ThenBy(o => o.Id),
            (false, true) => query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id),
            (false, false) => query.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id),
        };
        var rows = await query.Take(take + 1).ToListAsync(cancellationToken);
        return Cursor.ToPage(rows, take,
            o => new OrderSummary(o.Id, o.Customer, o.Status, o.PaymentStatus, o.Total, o.CartId is not null, o.CreatedAt, o.PaymentDueAt),
            o => Cursor.Encode(sort, byTotal ? o.Total.ToString(CultureInfo.InvariantCulture) : o.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture), o.Id.ToString()));
    }
}
