using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Stock;

/// <summary>
/// Every change of a stock level, as one conditional UPDATE … RETURNING: the WHERE clause carries the
/// invariant, so a change that would break it touches no row instead of overselling, whatever runs
/// beside it (docs/decisions/003). Each change is audited and published.
/// </summary>
internal static class StockLedger
{
    /// <summary>Reserves <paramref name="quantity"/> if that much is available; null when it is not.</summary>
    public static StockCounts? TryReserve(WriteContext w, int productId, int warehouseId, int quantity, string reference)
    {
        var counts = Reserve(w, productId, warehouseId, quantity);
        if (counts is not null)
        {
            Record(w, "stock.reserved", productId, warehouseId, counts with { Reserved = counts.Reserved - quantity }, counts, null, reference);
        }

        return counts;
    }

    /// <summary>
    /// Reserves a batch of holds' total for one stock level at once, audited as one movement naming the
    /// holds (as releases are); null when that much is no longer available.
    /// </summary>
    public static StockCounts? TryReserveBatch(WriteContext w, int productId, int warehouseId, int quantity, string actor, IReadOnlyCollection<Guid> holdIds)
    {
        var counts = Reserve(w, productId, warehouseId, quantity);
        if (counts is not null)
        {
            Record(w, "stock.reserved", productId, warehouseId, counts with { Reserved = counts.Reserved - quantity }, counts,
                $"Reserved for {holdIds.Count} hold(s)", $"hold:{string.Join(",", holdIds.Take(5))}", actor);
        }

        return counts;
    }

    public static async Task ReleaseAsync(WriteContext w, int productId, int warehouseId, int quantity, string reason, string reference)
    {
        var counts = await UpdateAsync(w, $"""
            UPDATE "StockLevels" SET "Reserved" = "Reserved" - {quantity}
            WHERE "ProductId" = {productId} AND "WarehouseId" = {warehouseId} AND "Reserved" >= {quantity}
            RETURNING "OnHand", "Reserved"
            """) ?? throw Inconsistent(productId, warehouseId);
        Record(w, "stock.released", productId, warehouseId, counts with { Reserved = counts.Reserved + quantity }, counts, reason, reference);
    }

    /// <summary>Stock leaves the building: committed (reserved) quantity comes off both counts.</summary>
    public static async Task ShipAsync(WriteContext w, int productId, int warehouseId, int quantity, string reference)
    {
        var counts = await UpdateAsync(w, $"""
            UPDATE "StockLevels" SET "Reserved" = "Reserved" - {quantity}, "OnHand" = "OnHand" - {quantity}
            WHERE "ProductId" = {productId} AND "WarehouseId" = {warehouseId} AND "Reserved" >= {quantity}
            RETURNING "OnHand", "Reserved"
            """) ?? throw Inconsistent(productId, warehouseId);
        Record(w, "stock.shipped", productId, warehouseId, new StockCounts(counts.OnHand + quantity, counts.Reserved + quantity), counts, null, reference);
    }

    /// <summary>Receives (positive) or writes off (negative) stock; never below what is reserved.</summary>
    public static async Task<StockCounts> AdjustOnHandAsync(WriteContext w, int productId, int warehouseId, int delta, string reason, string? reference)
    {
        await w.Db.Database.ExecuteSqlAsync($"""
            INSERT INTO "StockLevels" ("ProductId", "WarehouseId", "OnHand", "Reserved") VALUES ({productId}, {warehouseId}, 0, 0)
            ON CONFLICT DO NOTHING
            """);
        var counts = await UpdateAsync(w, $"""
            UPDATE "StockLevels" SET "OnHand" = "OnHand" + {delta}
            WHERE "ProductId" = {productId} AND "WarehouseId" = {warehouseId} AND "OnHand" + {delta} >= "Reserved" AND "OnHand" + {delta} <= {int.MaxValue}
            RETURNING "OnHand", "Reserved"
            """);
        if (counts is null)
        {
            var level = await w.Db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == productId && s.WarehouseId == warehouseId);
            if (level.OnHand + (long)delta > int.MaxValue)
            {
                // SQLite would store the sum and the count would no longer read back (a 500 found by the API fuzzer, issue 19).
                throw new DomainException(ErrorCodes.InvalidQuantity, $"On hand would exceed {int.MaxValue:N0}; receive less.");
            }

            throw new DomainException(
                ErrorCodes.StockBelowReserved,
                $"On hand would fall to {level.OnHand + (long)delta}, below the {level.Reserved} reserved; release holds first.",
                new Dictionary<string, object?> { ["onHand"] = level.OnHand, ["reserved"] = level.Reserved });
        }

        Record(w, "stock.adjusted", productId, warehouseId, counts with { OnHand = counts.OnHand - delta }, counts, reason, reference);
        return counts;
    }

    /// <summary>Sets Reserved to a recomputed value (consistency repair).</summary>
    public static async Task<StockCounts> SetReservedAsync(WriteContext w, int productId, int warehouseId, int reserved, string reason)
    {
        var before = await w.Db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == productId && s.WarehouseId == warehouseId);
        var counts = await UpdateAsync(w, $"""
            UPDATE "StockLevels" SET "Reserved" = {reserved}
            WHERE "ProductId" = {productId} AND "WarehouseId" = {warehouseId} AND "OnHand" >= {reserved}
            RETURNING "OnHand", "Reserved"
            """) ?? throw new DomainException(
                ErrorCodes.StockBelowReserved,
                $"Cannot set reserved to {reserved}: only {before.OnHand} on hand. Correct the count first.");
        Record(w, "stock.repaired", productId, warehouseId, new StockCounts(before.OnHand, before.Reserved), counts, reason, null);
        return counts;
    }

    private static StockCounts? Reserve(WriteContext w, int productId, int warehouseId, int quantity)
    {
        using var rows = w.Statements.Query(
            """
            UPDATE "StockLevels" SET "Reserved" = "Reserved" + ?3
            WHERE "ProductId" = ?1 AND "WarehouseId" = ?2 AND "OnHand" - "Reserved" >= ?3
            RETURNING "OnHand", "Reserved"
            """,
            productId,
            warehouseId,
            quantity);
        return rows.Read() ? new StockCounts(rows.GetInt32(0), rows.GetInt32(1)) : null;
    }

    private static async Task<StockCounts?> UpdateAsync(WriteContext w, FormattableString sql)
    {
        var rows = await w.Db.Database.SqlQuery<StockCountsRow>(sql).ToListAsync();
        return rows.Count == 0 ? null : new StockCounts(rows[0].OnHand, rows[0].Reserved);
    }

    private static void Record(WriteContext w, string action, int productId, int warehouseId, StockCounts before, StockCounts after, string? reason, string? reference, string? actor = null)
    {
        if (after.OnHand - after.Reserved > before.OnHand - before.Reserved)
        {
            // The waitlist gets first claim on it, in this same write (WaitlistHandOff, docs/decisions/009).
            w.StockFreed(productId);
        }

        w.AuditAs(actor ?? w.Actor, w.CorrelationId, action, AuditObjectTypes.StockLevel, AuditObjectTypes.StockLevelId(productId, warehouseId), before, after, reason, reference);
        w.Publish(new StockLevelChanged(w.Now, productId, warehouseId, after.OnHand, after.Reserved, action));
    }

    private static DomainException Inconsistent(int productId, int warehouseId) =>
        new(ErrorCodes.InconsistentStock, $"Stock level {productId}:{warehouseId} holds less than it should release; run the consistency check.");

    private sealed class StockCountsRow
    {
        public int OnHand { get; set; }

        public int Reserved { get; set; }
    }
}
