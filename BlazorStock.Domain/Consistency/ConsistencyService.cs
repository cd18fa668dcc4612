using System.Data;
using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Domain.Units;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorStock.Domain.Consistency;

/// <summary>Finds drift between counts and the holds, orders and units behind them, and repairs it (audited).</summary>
public sealed class ConsistencyService(IDbContextFactory<StockDbContext> contexts, StockWriter writer, OperationContext operation, HoldService holds, TimeProvider time, IOptions<ConsistencyOptions> options)
{
    /// <summary>
    /// Runs every query of the check in one read transaction: without a snapshot, a write committing
    /// between two queries reads as drift that is not there.
    /// </summary>
    public async Task<List<ConsistencyFinding>> CheckAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var snapshot = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await db.Database.UseTransactionAsync(snapshot, cancellationToken);
            try
            {
                return await ConsistencyChecker.FindAsync(db, time.GetUtcNow(), options.Value, cancellationToken);
            }
            finally
            {
                await db.Database.UseTransactionAsync(null, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Repairs the finding with <paramref name="key"/>, or all when null. Findings are recomputed inside the repair's transaction.</summary>
    public Task<RepairResult> RepairAsync(string? key, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var chosen = await FindAsync(w, key, cancellationToken);
            var repaired = new List<ConsistencyFinding>();
            var skipped = chosen.Where(f => !f.Repairable).ToList();

            // Holds first: releasing them changes what Reserved should be, so counts are recomputed after.
            var holdFindings = chosen.Where(f => f.Repairable && f.IsAboutHold).ToList();
            foreach (var finding in holdFindings)
            {
                var hold = await w.Db.Holds.Include(h => h.Allocations).SingleAsync(h => h.Id == Guid.Parse(finding.ObjectId));
                await holds.ReleaseAsync(w, hold, await holds.LoadProductAsync(w, hold.ProductId, requireActive: false), $"Consistency repair: {finding.Description}");
                w.Audit("consistency.repaired", finding.ObjectType, finding.ObjectId, new { finding.Kind, finding.Description }, new { finding.Repair });
                repaired.Add(finding);
            }

            if (holdFindings.Count > 0)
            {
                await w.Db.SaveChangesAsync(cancellationToken);
                chosen = key is null ? await FindAsync(w, null, cancellationToken) : [];
            }

            foreach (var finding in chosen.Where(f => f.Repairable && !f.IsAboutHold))
            {
                await RepairCountAsync(w, finding);
                repaired.Add(finding);
            }

            return new RepairResult(repaired, skipped);
        }, cancellationToken);

    private async Task<List<ConsistencyFinding>> FindAsync(WriteContext w, string? key, CancellationToken cancellationToken) =>
        (await ConsistencyChecker.FindAsync(w.Db, w.Now, options.Value, cancellationToken)).Where(f => key is null || f.Key == key).ToList();

    private static async Task RepairCountAsync(WriteContext w, ConsistencyFinding finding)
    {
        var reason = $"Consistency repair: {finding.Description}";
        switch (finding.Kind)
        {
            case FindingKind.ReservedMismatch:
            {
                var (productId, warehouseId) = ParseLevel(finding.ObjectId);
                await StockLedger.SetReservedAsync(w, productId, warehouseId, finding.Expected!.Value, reason);
                break;
            }

            case FindingKind.UnitCountMismatch:
            {
                var (productId, warehouseId) = ParseLevel(finding.ObjectId);
                var level = await w.Db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == productId && s.WarehouseId == warehouseId);
                await StockLedger.AdjustOnHandAsync(w, productId, warehouseId, finding.Expected!.Value - level.OnHand, reason, null);
                break;
            }

            case FindingKind.UnitWithoutHold:
            {
                var unit = await w.Db.SerializedUnits.SingleAsync(u => u.Id == int.Parse(finding.ObjectId));
                var unitReason = new UnitChangeReason(reason, w.Actor);
                StockAllocator.MoveUnit(w, unit, UnitStatus.Available, unitReason, () => unit.Release(unitReason, w.Now));
                break;
            }

            case FindingKind.HeldUnitNotReserved:
            {
                var unit = await w.Db.SerializedUnits.SingleAsync(u => u.Id == int.Parse(finding.ObjectId));
                var holdId = await w.Db.HoldAllocations.Where(a => a.UnitId == unit.Id).OrderByDescending(a => a.Id).Select(a => a.HoldId).FirstAsync();
                var unitReason = new UnitChangeReason(reason, w.Actor, AuditObjectTypes.Hold, holdId.ToString());
                StockAllocator.MoveUnit(w, unit, UnitStatus.Reserved, unitReason, () => unit.Reserve(holdId, unitReason, w.Now));
                break;
            }
        }

        w.Audit("consistency.repaired", finding.ObjectType, finding.ObjectId, new { finding.Kind, finding.Description }, new { finding.Repair }, reason);
    }

    private static (int ProductId, int WarehouseId) ParseLevel(string id)
    {
        var parts = id.Split(':');
        return (int.Parse(parts[0]), int.Parse(parts[1]));
    }
}
