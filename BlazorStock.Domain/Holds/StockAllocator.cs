using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Holds;

/// <summary>Moves stock into and out of holds: picks warehouses and units, and keeps allocations in step with the ledger.</summary>
internal static class StockAllocator
{
    /// <summary>Reserves <paramref name="quantity"/> more of <paramref name="product"/> for the hold, all or nothing.</summary>
    public static async Task ReserveAsync(WriteContext w, Hold hold, Product product, int quantity, IReadOnlyList<int>? unitIds)
    {
        var needs = product.StockNeeds(quantity);
        var productIds = needs.Select(n => n.ProductId).ToList();
        var levels = await w.Db.StockLevels.AsNoTracking()
            .Where(s => productIds.Contains(s.ProductId))
            .ToListAsync();
        var available = levels.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Available));
        var canHold = product.AvailableFrom(available);
        if (canHold < quantity)
        {
            throw InsufficientStock(product, canHold, quantity, ComponentShortfall.Of(product, quantity, available));
        }

        var reference = $"hold:{hold.Id}";
        foreach (var (productId, needed) in needs)
        {
            var stocked = product.IsKit ? product.Components.Single(c => c.ComponentId == productId).Component! : product;
            var plan = PlanWarehouses(levels.Where(l => l.ProductId == productId).Select(l => (l.WarehouseId, l.Available)), needed);
            if (stocked.IsSerialized)
            {
                await ReserveUnitsAsync(w, hold, stocked, plan, unitIds);
                continue;
            }

            foreach (var (warehouseId, take) in plan)
            {
                if (StockLedger.TryReserve(w, productId, warehouseId, take, reference) is null)
                {
                    // Another process took it between our read and our update: refuse, never oversell.
                    throw InsufficientStock(product, 0, quantity, []);
                }

                hold.AddAllocation(productId, warehouseId, take, null);
            }
        }
    }

    /// <summary>How many of <paramref name="product"/> (kits: whole kits) could be held now, read inside the write.</summary>
    public static async Task<int> AvailableAsync(WriteContext w, Product product)
    {
        var productIds = product.StockNeeds(1).Select(n => n.ProductId).ToList();
        var available = await w.Db.StockLevels.AsNoTracking()
            .Where(s => productIds.Contains(s.ProductId))
            .GroupBy(s => s.ProductId)
            .Select(g => new { ProductId = g.Key, Available = g.Sum(s => s.OnHand - s.Reserved) })
            .ToDictionaryAsync(x => x.ProductId, x => x.Available);
        return Math.Max(0, product.AvailableFrom(available));
    }

    /// <summary>Gives back <paramref name="quantity"/> of a hold's product (kits: their components), newest allocation first.</summary>
    public static async Task ReleasePartAsync(WriteContext w, Hold hold, Product product, int quantity, string reason)
    {
        var released = new List<(HoldAllocation Allocation, int Quantity)>();
        foreach (var (productId, needed) in product.StockNeeds(quantity))
        {
            var left = needed;
            foreach (var allocation in hold.Allocations.Where(a => a.ProductId == productId).Reverse().ToList())
            {
                if (left == 0)
                {
                    break;
                }

                var take = Math.Min(left, allocation.Quantity);
                released.Add((allocation, take));
                left -= take;
            }
        }

        await ReturnAsync(w, released, reason);
        foreach (var (allocation, take) in released)
        {
            allocation.Quantity -= take;
            if (allocation.Quantity == 0)
            {
                hold.RemoveAllocation(allocation);
            }
        }
    }

    /// <summary>Gives back everything the holds reserve; their allocations stay as the record of what was held.</summary>
    public static Task ReleaseAllAsync(WriteContext w, IEnumerable<Hold> holds, string reason) =>
        ReturnAsync(w, holds.SelectMany(h => h.Allocations.Select(a => (a, a.Quantity))).ToList(), reason);

    /// <summary>The <c>insufficient_stock</c> refusal; for a kit, <c>shortComponents</c> names every component that is short.</summary>
    public static DomainException InsufficientStock(Product product, int available, int requested, IReadOnlyList<ComponentShortfall> shortComponents)
    {
        return new DomainException(ErrorCodes.InsufficientStock, StockQueries.Shortfall(product.Name, available, requested, shortComponents), new Dictionary<string, object?>
        {
            ["productId"] = product.Id,
            ["available"] = Math.Max(0, available),
            ["requested"] = requested,
            ["shortComponents"] = shortComponents,
        });
    }

    /// <summary>One warehouse that can serve it all (the one with most available), else split, largest first.</summary>
    public static List<(int WarehouseId, int Quantity)> PlanWarehouses(IEnumerable<(int WarehouseId, int Available)> levels, int needed)
    {
        var ordered = levels.Where(l => l.Available > 0).OrderByDescending(l => l.Available).ThenBy(l => l.WarehouseId).ToList();
        if (ordered.Count > 0 && ordered[0].Available >= needed)
        {
            return [(ordered[0].WarehouseId, needed)];
        }

        var plan = new List<(int, int)>();
        foreach (var level in ordered)
        {
            var take = Math.Min(needed, level.Available);
            plan.Add((level.WarehouseId, take));
            needed -= take;
            if (needed == 0)
            {
                break;
            }
        }

        return plan;
    }

    private static async Task ReserveUnitsAsync(WriteContext w, Hold hold, Product product, List<(int WarehouseId, int Quantity)> plan, IReadOnlyList<int>? unitIds)
    {
        // Units released earlier in this operation (an expired hold replaced) are only tracked so far;
        // the query below reads the database, so it must see them.
        if (w.Db.ChangeTracker.HasChanges())
        {
            await w.Db.SaveChangesAsync();
        }

        List<SerializedUnit> units;
        if (unitIds is { Count: > 0 })
        {
            units = await w.Db.SerializedUnits.Where(u => unitIds.Contains(u.Id)).ToListAsync();
            var unusable = unitIds.Except(units.Where(u => u.ProductId == product.Id && u.Status == UnitStatus.Available).Select(u => u.Id)).ToList();
            if (unusable.Count > 0)
            {
                throw new DomainException(ErrorCodes.UnitUnavailable, $"Unit(s) {string.Join(", ", unusable)} of '{product.Name}' are not available to hold.");
            }
        }
        else
        {
            units = [];
            foreach (var (warehouseId, take) in plan)
            {
                units.AddRange(await w.Db.SerializedUnits
                    .Where(u => u.ProductId == product.Id && u.WarehouseId == warehouseId && u.Status == UnitStatus.Available)
                    .OrderBy(u => u.SerialNumber)
                    .Take(take)
                    .ToListAsync());
            }

            if (units.Count < plan.Sum(p => p.Quantity))
            {
                throw InsufficientStock(product, units.Count, plan.Sum(p => p.Quantity), []);
            }
        }

        var reason = new UnitChangeReason("Held", w.Actor, AuditObjectTypes.Hold, hold.Id.ToString());
        foreach (var unit in units)
        {
            MoveUnit(w, unit, UnitStatus.Reserved, reason, () => unit.Reserve(hold.Id, reason, w.Now));
            hold.AddAllocation(product.Id, unit.WarehouseId, 1, unit.Id);
        }

        foreach (var group in units.GroupBy(u => u.WarehouseId))
        {
            if (StockLedger.TryReserve(w, product.Id, group.Key, group.Count(), $"hold:{hold.Id}") is null)
            {
                throw InsufficientStock(product, 0, units.Count, []);
            }
        }
    }

    private static async Task ReturnAsync(WriteContext w, IReadOnlyList<(HoldAllocation Allocation, int Quantity)> released, string reason)
    {
        foreach (var group in released.GroupBy(r => (r.Allocation.ProductId, r.Allocation.WarehouseId)).OrderBy(g => g.Key))
        {
            var holds = string.Join(",", group.Select(g => g.Allocation.HoldId).Distinct().Take(5));
            await StockLedger.ReleaseAsync(w, group.Key.ProductId, group.Key.WarehouseId, group.Sum(g => g.Quantity), reason, $"hold:{holds}");
        }

        var unitIds = released.Where(r => r.Allocation.UnitId is not null).Select(r => r.Allocation.UnitId!.Value).ToList();
        if (unitIds.Count == 0)
        {
            return;
        }

        var units = await w.Db.SerializedUnits.Where(u => unitIds.Contains(u.Id)).ToListAsync();
        foreach (var unit in units.Where(u => u.Status == UnitStatus.Reserved))
        {
            var unitReason = new UnitChangeReason(reason, w.Actor, AuditObjectTypes.Hold, unit.HoldId?.ToString());
            MoveUnit(w, unit, UnitStatus.Available, unitReason, () => unit.Release(unitReason, w.Now));
        }
    }

    /// <summary>Applies a unit's move and records it (audit and event) in one place.</summary>
    public static void MoveUnit(WriteContext w, SerializedUnit unit, UnitStatus to, UnitChangeReason reason, Action? move = null)
    {
        var from = unit.Status;
        if (move is null)
        {
            unit.MoveTo(to, reason, w.Now);
        }
        else
        {
            move();
        }

        w.Audit($"unit.{to.ToString().ToLowerInvariant()}", AuditObjectTypes.Unit, unit.Id.ToString(), new { status = from }, new { status = to }, reason.Reason, reason.ReferenceType is null ? null : $"{reason.ReferenceType}:{reason.ReferenceId}");
        w.Publish(new UnitStatusChanged(w.Now, unit.Id, unit.ProductId, unit.SerialNumber, from, to));
    }
}
