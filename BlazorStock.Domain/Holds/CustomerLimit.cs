using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Holds;

/// <summary>
/// A product's per-customer limit for signed-in shoppers (issue 17): what one account holds and has ordered of it,
/// across all its carts, within the current drop window (the product's drop start, or all time), is one row of
/// <c>CustomerLimitUsages</c>. Growing it is a single conditional upsert whose WHERE carries the limit, in the same
/// transaction as the hold, so racing requests of one account cannot pass it even from several processes
/// (docs/decisions/003). Anonymous carts keep the per-cart count in <see cref="HoldService"/>.
/// </summary>
internal static class CustomerLimit
{
    /// <summary>The window of a product without a drop start: one count for all time.</summary>
    public static readonly DateTimeOffset AllTime = DateTimeOffset.UnixEpoch;

    public static DateTimeOffset WindowOf(Product product) => product.DropStartsAt ?? AllTime;

    /// <summary>Whether a hold of <paramref name="product"/> placed by <paramref name="customerId"/> counts against a limit.</summary>
    public static bool Applies(Product product, string? customerId) => product.PerCustomerLimit is not null && customerId is not null;

    /// <summary>
    /// Counts the hold at <paramref name="quantity"/> units for its customer (taking only what it did not count
    /// before), or throws <see cref="ErrorCodes.LimitExceeded"/> and changes nothing.
    /// </summary>
    public static async Task CountAsync(WriteContext w, Product product, Hold hold, string? customerId, int quantity)
    {
        customerId = hold.CustomerId ?? customerId;
        if (product.PerCustomerLimit is not { } limit || customerId is null)
        {
            return;
        }

        var window = hold.LimitWindow ?? WindowOf(product);
        var counted = hold.LimitWindow is null ? 0 : hold.Quantity;
        var adding = quantity - counted;
        if (adding > 0)
        {
            await TakeAsync(w, product, customerId, window, adding, limit);
        }
        else if (adding < 0)
        {
            await GiveBackAsync(w, customerId, product.Id, window, -adding);
        }

        hold.CountAgainst(customerId, window);
    }

    /// <summary>The hold leaves the count (released or expired; or shrunk by <paramref name="quantity"/>).</summary>
    public static Task GiveBackAsync(WriteContext w, Hold hold, int quantity) =>
        hold is { CustomerId: { } customerId, LimitWindow: { } window } && quantity > 0
            ? GiveBackAsync(w, customerId, hold.ProductId, window, quantity)
            : Task.CompletedTask;

    /// <summary>What the customer holds and ordered of the product in its current window.</summary>
    public static Task<int> UsedAsync(StockDbContext db, Product product, string customerId, CancellationToken cancellationToken = default)
    {
        var window = WindowOf(product);
        return db.CustomerLimitUsages.Where(u => u.CustomerId == customerId && u.ProductId == product.Id && u.Window == window.UtcTicks)
            .Select(u => u.Used).FirstOrDefaultAsync(cancellationToken);
    }

    private static async Task TakeAsync(WriteContext w, Product product, string customerId, DateTimeOffset window, int adding, int limit)
    {
        // One statement: the first unit of a window inserts the row, later ones grow it only while within the limit.
        var taken = adding <= limit
            ? await w.Db.Database.SqlQuery<UsedRow>($"""
                INSERT INTO "CustomerLimitUsages" ("CustomerId", "ProductId", "Window", "Used") VALUES ({customerId}, {product.Id}, {window.UtcTicks}, {adding})
                ON CONFLICT ("CustomerId", "ProductId", "Window") DO UPDATE SET "Used" = "CustomerLimitUsages"."Used" + {adding}
                WHERE "CustomerLimitUsages"."Used" + {adding} <= {limit}
                RETURNING "Used"
                """).ToListAsync()
            : [];
        if (taken.Count == 0)
        {
            var used = await w.Db.CustomerLimitUsages.Where(u => u.CustomerId == customerId && u.ProductId == product.Id && u.Window == window.UtcTicks)
                .Select(u => u.Used).FirstOrDefaultAsync();
            throw HoldService.LimitExceeded(product, limit, used);
        }
    }

    private static async Task GiveBackAsync(WriteContext w, string customerId, int productId, DateTimeOffset window, int quantity) =>
        await w.Db.Database.ExecuteSqlAsync($"""
            UPDATE "CustomerLimitUsages" SET "Used" = CASE WHEN "Used" >= {quantity} THEN "Used" - {quantity} ELSE 0 END
            WHERE "CustomerId" = {customerId} AND "ProductId" = {productId} AND "Window" = {window.UtcTicks}
            """);

    private sealed class UsedRow
    {
        public int Used { get; set; }
    }
}
