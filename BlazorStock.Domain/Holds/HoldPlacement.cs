using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Holds;

/// <summary>
/// Places every hold request waiting in a write batch as one set-based operation (docs/decisions/005):
/// one read of the stock levels, the owners' active holds and (for limited drops) what they ordered;
/// each request decided in memory, in arrival order, by the same rules as the single path; then one
/// conditional UPDATE per stock level touched and prepared inserts. Serialized products are left to
/// the single path, which picks units.
/// </summary>
internal sealed class HoldPlacement(HoldService holds, HoldOptions options)
{
    // One index probe per wanted (owner, product) pair. IN lists per column made SQLite probe every
    // owner × product combination: with a batch of many carts over many products (the spread scenario)
    // that was ~16,000 probes and most of the batch's time. INDEXED BY: without statistics SQLite would
    // rather scan the product's active holds.
    private const string ActiveForOwners = $"""
        SELECT {HoldRows.ActiveColumns}
        FROM json_each(?1) AS k
        JOIN "Holds" AS h INDEXED BY "IX_Holds_ActiveOwnerProduct"
          ON h."OwnerType" = k.value ->> 0 AND h."OwnerId" = k.value ->> 1 AND h."ProductId" = k.value ->> 2
        LEFT JOIN "HoldAllocations" AS a ON a."HoldId" = h."Id"
        WHERE h."Status" = 'Active'
        ORDER BY a."Id"
        """;

    // PostgreSQL plans the join from its statistics; the pairs come as a JSON array of [type, owner, product].
    private const string ActiveForOwnersPostgreSql = $"""
        SELECT {HoldRows.ActiveColumns}
        FROM json_array_elements(?1::json) AS k
        JOIN "Holds" AS h
          ON h."OwnerType" = k.value ->> 0 AND h."OwnerId" = k.value ->> 1 AND h."ProductId" = (k.value ->> 2)::int
        LEFT JOIN "HoldAllocations" AS a ON a."HoldId" = h."Id"
        WHERE h."Status" = 'Active'
        ORDER BY a."Id"
        """;

    private const string LevelsOf = """
        SELECT "ProductId", "WarehouseId", "OnHand", "Reserved" FROM "StockLevels" WHERE "ProductId" IN (SELECT value FROM json_each(?1))
        """;

    private const string LevelsOfPostgreSql = """
        SELECT "ProductId", "WarehouseId", "OnHand", "Reserved" FROM "StockLevels" WHERE "ProductId" IN (SELECT value::int FROM json_array_elements_text(?1::json))
        """;

    public async Task PlaceAsync(WriteContext w, IReadOnlyList<GroupedWriteRequest<HoldRequest, HoldResult>> requests)
    {
        var (placeable, products) = await PlaceableAsync(w, requests);
        if (placeable.Count == 0)
        {
            return;
        }

        var active = ActiveHolds(w, placeable);
        var levels = StockLevels(w, products.Values);
        var ordered = await OrderedAsync(w, placeable, products);
        var originals = active.Values.ToDictionary(h => h, h => new HoldOriginal(h));
        var created = new List<Hold>();
        var fromAddress = new Dictionary<(int ProductId, string Address), int>();
        foreach (var request in placeable)
        {
            var (owner, productId, quantity, _, noExpiry, clientAddress, customerId) = request.Item;
            var product = products[productId];
            var key = (owner.Type, owner.Id, productId);
            active.TryGetValue(key, out var hold);
            if (hold is not null && hold.IsDueAt(w.Now))
            {
                // The single path expires it and holds anew, both undone if the request is refused; left to it.
                continue;
            }

            var total = quantity + (hold?.Quantity ?? 0);
            if (holds.QuantityProblem(total) is { } invalid)
            {
                request.Refuse(invalid);
                continue;
            }

            if (product.PerCustomerLimit is { } limit && owner.Type == HoldOwnerType.Cart && ordered.GetValueOrDefault((owner.Id, productId)) + total > limit)
            {
                request.Refuse(HoldService.LimitExceeded(product, limit, ordered.GetValueOrDefault((owner.Id, productId))));
                continue;
            }

            // Held from this address so far, this batch's earlier requests included (AddressLimit).
            var address = AddressLimit.AddressFor(product, owner, clientAddress, options);
            if (address is not null && AddressLimit.LimitFor(product, options) is { } addressLimit)
            {
                if (!fromAddress.TryGetValue((productId, address), out var heldFromAddress))
                {
                    fromAddress[(productId, address)] = heldFromAddress = AddressLimit.HeldFromAddress(w, productId, address);
                }

                if (heldFromAddress + quantity > addressLimit)
                {
                    request.Refuse(AddressLimit.Exceeded(product, addressLimit, heldFromAddress));
                    continue;
                }
            }

            var needs = product.StockNeeds(quantity);
            var available = needs.ToDictionary(n => n.ProductId, n => levels.GetValueOrDefault(n.ProductId)?.Sum(l => l.Available) ?? 0);
            var canHold = product.AvailableFrom(available);
            if (canHold < quantity)
            {
                request.Refuse(StockAllocator.InsufficientStock(product, canHold, quantity, ComponentShortfall.Of(product, quantity, available)));
                continue;
            }

            object? before = null;
            if (hold is null)
            {
                hold = new Hold(owner, productId, quantity, w.Now, noExpiry ? null : options.FirstExpiry(w.Now, product.HoldDuration), address, customerId);
                created.Add(hold);
                active[key] = hold;
            }
            else
            {
                before = HoldService.Describe(hold);
                hold.ChangeQuantity(total, w.Now);
            }

            foreach (var (stockedId, needed) in needs)
            {
                var stocked = levels[stockedId];
                foreach (var (warehouseId, take) in StockAllocator.PlanWarehouses(stocked.Select(l => (l.WarehouseId, l.Available)), needed))
                {
                    var level = stocked.Single(l => l.WarehouseId == warehouseId);
                    level.Reserve(take, hold.Id);
                    hold.AddAllocation(stockedId, warehouseId, take, null);
                }
            }

            var snapshot = HoldSnapshot.From(hold, product, options);
            if (before is null)
            {
                w.AuditAs(request.Actor, request.CorrelationId, "hold.created", AuditObjectTypes.Hold, hold.Id.ToString(), null, HoldService.Describe(hold), reference: hold.Owner.ToString());
                w.Publish(new HoldCreated(w.Now, snapshot));
            }
            else
            {
                w.AuditAs(request.Actor, request.CorrelationId, "hold.grown", AuditObjectTypes.Hold, hold.Id.ToString(), before, HoldService.Describe(hold));
                w.Publish(new HoldChanged(w.Now, snapshot));
            }

            request.Succeed(new HoldResult(snapshot, Created: before is null));
            if (address is not null)
            {
                fromAddress[(productId, address)] += quantity;
            }
        }

        Save(w, levels, created, originals, placeable.Select(r => r.Actor).Distinct().Count() == 1 ? placeable[0].Actor : "several");
    }

    private async Task<(List<GroupedWriteRequest<HoldRequest, HoldResult>> Placeable, Dictionary<int, Product> Products)> PlaceableAsync(
        WriteContext w, IReadOnlyList<GroupedWriteRequest<HoldRequest, HoldResult>> requests)
    {
        var products = new Dictionary<int, Product>();
        var placeable = new List<GroupedWriteRequest<HoldRequest, HoldResult>>(requests.Count);
        foreach (var request in requests)
        {
            Product product;
            try
            {
                product = await holds.LoadProductAsync(w, request.Item.ProductId);
            }
            catch (DomainException refused)
            {
                request.Refuse(refused);
                continue;
            }

            if (request.Item.Owner.Type == HoldOwnerType.Cart && product.ShopperBlocker(w.Now, request.Item.CustomerId is not null) is { } blocked)
            {
                request.Refuse(blocked);
                continue;
            }

            // Serialized units are picked by the single path; so is a signed-in shopper's hold of a limited product,
            // whose per-account count is its own conditional statement (CustomerLimit).
            if (product.IsSerialized || product.Components.Any(c => c.Component?.IsSerialized != false)
                || CustomerLimit.Applies(product, request.Item.CustomerId))
            {
                continue;
            }

            products[product.Id] = product;
            placeable.Add(request);
        }

        return (placeable, products);
    }

    /// <summary>The owners' active holds on these products, by owner and product, read as rows (the hottest query).</summary>
    private static Dictionary<(HoldOwnerType, string, int), Hold> ActiveHolds(WriteContext w, List<GroupedWriteRequest<HoldRequest, HoldResult>> requests)
    {
        var wanted = requests.Select(r => (r.Item.Owner.Type, r.Item.Owner.Id, r.Item.ProductId)).Distinct();
        var holds = HoldRows.ReadActive(
            w.Statements,
            w.Statements.IsPostgreSql ? ActiveForOwnersPostgreSql : ActiveForOwners,
            JsonSerializer.Serialize(wanted.Select(k => new object[] { k.Type.ToString(), k.Id, k.ProductId })));
        return holds.ToDictionary(h => (h.OwnerType, h.OwnerId, h.ProductId));
    }

    private static Dictionary<int, List<LevelInBatch>> StockLevels(WriteContext w, IEnumerable<Product> products)
    {
        var stockedIds = products.SelectMany(p => p.StockNeeds(1).Select(n => n.ProductId)).Distinct();
        var levels = new Dictionary<int, List<LevelInBatch>>();
        using var rows = w.Statements.Query(w.Statements.IsPostgreSql ? LevelsOfPostgreSql : LevelsOf, JsonSerializer.Serialize(stockedIds));
        while (rows.Read())
        {
            var level = new LevelInBatch(rows.GetInt32(0), rows.GetInt32(1), rows.GetInt32(2), rows.GetInt32(3));
            if (!levels.TryGetValue(level.ProductId, out var list))
            {
                levels[level.ProductId] = list = [];
            }

            list.Add(level);
        }

        return levels;
    }

    /// <summary>What each cart already ordered of the limited products among these: a drop's limit counts orders too.</summary>
    private static async Task<Dictionary<(string CartId, int ProductId), int>> OrderedAsync(
        WriteContext w, List<GroupedWriteRequest<HoldRequest, HoldResult>> requests, Dictionary<int, Product> products)
    {
        var limited = products.Values.Where(p => p.PerCustomerLimit is not null).Select(p => p.Id).ToList();
        var carts = requests.Where(r => r.Item.Owner.Type == HoldOwnerType.Cart && limited.Contains(r.Item.ProductId)).Select(r => r.Item.Owner.Id).Distinct().ToList();
        if (carts.Count == 0)
        {
            return [];
        }

        var rows = await w.Db.Orders
            .Where(o => o.CartId != null && EF.Parameter(carts).Contains(o.CartId) && o.Status != OrderStatus.Cancelled)
            .SelectMany(o => o.Lines.Where(l => EF.Parameter(limited).Contains(l.ProductId)).Select(l => new { CartId = o.CartId!, l.ProductId, l.Quantity }))
            .GroupBy(l => new { l.CartId, l.ProductId })
            .Select(g => new { g.Key.CartId, g.Key.ProductId, Quantity = g.Sum(l => l.Quantity) })
            .ToListAsync();
        return rows.ToDictionary(r => (r.CartId, r.ProductId), r => r.Quantity);
    }

    private static void Save(WriteContext w, Dictionary<int, List<LevelInBatch>> levels, List<Hold> created, Dictionary<Hold, HoldOriginal> originals, string actor)
    {
        foreach (var level in levels.Values.SelectMany(l => l).Where(l => l.Reserved != l.ReservedBefore))
        {
            var counts = StockLedger.TryReserveBatch(w, level.ProductId, level.WarehouseId, level.Reserved - level.ReservedBefore, actor, level.Holds);
            if (counts != level.Counts)
            {
                // Another writer moved this level after our read (possible with several processes): the
                // per-hold audit would be wrong, so the whole batch gives way to the single path.
                throw new DomainException(ErrorCodes.ConcurrencyConflict, "Stock changed while the batch was decided.");
            }
        }

        foreach (var hold in created)
        {
            HoldRows.Insert(w.Statements, hold);
        }

        foreach (var (hold, original) in originals.Where(o => o.Key.Version != o.Value.Version))
        {
            HoldRows.Update(w.Statements, hold, original);
        }
    }

    private sealed class LevelInBatch(int productId, int warehouseId, int onHand, int reserved)
    {
        public int ProductId { get; } = productId;

        public int WarehouseId { get; } = warehouseId;

        public int OnHand { get; } = onHand;

        public int ReservedBefore { get; } = reserved;

        public int Reserved { get; private set; } = reserved;

        public int Available => OnHand - Reserved;

        public StockCounts Counts => new(OnHand, Reserved);

        public HashSet<Guid> Holds { get; } = [];

        public void Reserve(int quantity, Guid holdId)
        {
            Reserved += quantity;
            Holds.Add(holdId);
        }
    }
}
