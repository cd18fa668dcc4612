using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Consistency;

/// <summary>Compares the stored counts with what holds, orders and units say they should be.</summary>
internal static class ConsistencyChecker
{
    public static async Task<List<ConsistencyFinding>> FindAsync(StockDbContext db, DateTimeOffset now, ConsistencyOptions options, CancellationToken cancellationToken)
    {
        var findings = new List<ConsistencyFinding>();
        var names = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var warehouses = await db.Warehouses.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Code, cancellationToken);
        string Product(int id) => names.GetValueOrDefault(id, $"product {id}");
        string Level(int productId, int warehouseId) => $"{Product(productId)} in {warehouses.GetValueOrDefault(warehouseId, $"warehouse {warehouseId}")}";
        var orders = await db.Orders.AsNoTracking().Select(o => new { o.Id, o.Status }).ToListAsync(cancellationToken);
        var orderStatus = orders.ToDictionary(o => HoldOwner.Order(o.Id).Id, o => o.Status);
        var holds = await db.Holds.AsNoTracking().Include(h => h.Allocations)
            .Where(h => h.Status == HoldStatus.Active || h.Status == HoldStatus.Converted)
            .ToListAsync(cancellationToken);
        var counting = holds.Where(h => h.Status == HoldStatus.Active
            || (h.OwnerType == HoldOwnerType.Order && orderStatus.TryGetValue(h.OwnerId, out var s) && OrderTransitions.HoldsCommittedStock(s))).ToList();

        var expected = counting.SelectMany(h => h.Allocations)
            .GroupBy(a => (a.ProductId, a.WarehouseId))
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Quantity));
        foreach (var level in await db.StockLevels.AsNoTracking().ToListAsync(cancellationToken))
        {
            var should = expected.GetValueOrDefault((level.ProductId, level.WarehouseId));
            if (should != level.Reserved)
            {
                var id = AuditObjectTypes.StockLevelId(level.ProductId, level.WarehouseId);
                findings.Add(new ConsistencyFinding($"{FindingKind.ReservedMismatch}:{id}", FindingKind.ReservedMismatch, AuditObjectTypes.StockLevel, id, Level(level.ProductId, level.WarehouseId),
                    $"Reserved is {level.Reserved} but holds account for {should}.", $"Set reserved to {should}.", should <= level.OnHand, should));
            }
        }

        var heldUnits = counting.SelectMany(h => h.Allocations).Where(a => a.UnitId != null).Select(a => a.UnitId!.Value).ToHashSet();
        var activeUnits = holds.Where(h => h.Status == HoldStatus.Active).SelectMany(h => h.Allocations).Where(a => a.UnitId != null).Select(a => a.UnitId!.Value).ToHashSet();
        var units = await db.SerializedUnits.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var unit in units)
        {
            if (unit.Status == UnitStatus.Reserved && !heldUnits.Contains(unit.Id))
            {
                findings.Add(new ConsistencyFinding($"{FindingKind.UnitWithoutHold}:{unit.Id}", FindingKind.UnitWithoutHold, AuditObjectTypes.Unit, unit.Id.ToString(), $"unit {unit.SerialNumber} of {Product(unit.ProductId)}",
                    $"Unit {unit.SerialNumber} is Reserved but no hold has it.", "Make the unit Available."));
            }
            else if (unit.Status != UnitStatus.Reserved && activeUnits.Contains(unit.Id))
            {
                findings.Add(new ConsistencyFinding($"{FindingKind.HeldUnitNotReserved}:{unit.Id}", FindingKind.HeldUnitNotReserved, AuditObjectTypes.Unit, unit.Id.ToString(), $"unit {unit.SerialNumber} of {Product(unit.ProductId)}",
                    $"Unit {unit.SerialNumber} is held but {unit.Status}.", "Mark the unit Reserved.", unit.Status == UnitStatus.Available));
            }
        }

        var serializedIds = await db.Products.AsNoTracking().Where(p => p.Tracking == InventoryTracking.Serialized).Select(p => p.Id).ToListAsync(cancellationToken);
        var shelf = units.Where(u => u.Status is UnitStatus.Available or UnitStatus.Reserved)
            .GroupBy(u => (u.ProductId, u.WarehouseId)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var level in await db.StockLevels.AsNoTracking().Where(s => serializedIds.Contains(s.ProductId)).ToListAsync(cancellationToken))
        {
            var count = shelf.GetValueOrDefault((level.ProductId, level.WarehouseId));
            if (count != level.OnHand)
            {
                var id = AuditObjectTypes.StockLevelId(level.ProductId, level.WarehouseId);
                findings.Add(new ConsistencyFinding($"{FindingKind.UnitCountMismatch}:{id}", FindingKind.UnitCountMismatch, AuditObjectTypes.StockLevel, id, Level(level.ProductId, level.WarehouseId),
                    $"On hand is {level.OnHand} but {count} units are on the shelf.", $"Set on hand to {count}.", count >= level.Reserved, count));
            }
        }

        foreach (var hold in holds.Where(h => h.Status == HoldStatus.Active))
        {
            if (hold.OwnerType == HoldOwnerType.Order && (!orderStatus.TryGetValue(hold.OwnerId, out var status) || status != OrderStatus.Pending))
            {
                findings.Add(new ConsistencyFinding($"{FindingKind.OrphanHold}:{hold.Id}", FindingKind.OrphanHold, AuditObjectTypes.Hold, hold.Id.ToString(), $"hold of {hold.Quantity} × {Product(hold.ProductId)}",
                    $"Active hold belongs to order {hold.OwnerId}, which is {(status == default && !orderStatus.ContainsKey(hold.OwnerId) ? "missing" : status.ToString())}.", "Release the hold."));
            }
            else if (hold.OwnerType != HoldOwnerType.Order && hold.CreatedAt < now - options.StaleHoldAge)
            {
                findings.Add(new ConsistencyFinding($"{FindingKind.StaleHold}:{hold.Id}", FindingKind.StaleHold, AuditObjectTypes.Hold, hold.Id.ToString(), $"hold of {hold.Quantity} × {Product(hold.ProductId)} for {hold.Owner}",
                    $"Active hold created {hold.CreatedAt:u}, older than {options.StaleHoldAge.TotalHours:0} h.", "Release the hold."));
            }
        }

        return findings;
    }
}
