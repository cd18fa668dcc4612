using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Paging;
using BlazorStock.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Features.Staff.History;

/// <summary>The audit log for the history page (filtered, newest first, keyset on the id) and the timelines of one object.</summary>
public static class AuditQueries
{
    public const int PageSize = 50;

    public static readonly IReadOnlyList<string> ObjectTypes =
        [AuditObjectTypes.Hold, AuditObjectTypes.Order, AuditObjectTypes.Product, AuditObjectTypes.StockLevel, AuditObjectTypes.Unit];

    public static async Task<(List<TimelineEntry> Entries, long? NextBefore)> ListAsync(StockDbContext db, AuditFilter filter, CancellationToken cancellationToken)
    {
        var rows = await FilteredAsync(db, filter, PageSize + 1, cancellationToken);
        var names = await SubjectsAsync(db, rows, cancellationToken);
        var page = Cursor.ToPage(rows, PageSize, a => ToEntry(a, names), a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (page.Items.ToList(), page.NextCursor is null ? null : rows[PageSize - 1].Id);
    }

    /// <summary>The entries <paramref name="filter"/> selects, newest first, at most <paramref name="take"/>; <c>GET /api/audit</c> pages through the same.</summary>
    public static async Task<List<AuditEntry>> FilteredAsync(StockDbContext db, AuditFilter filter, int take, CancellationToken cancellationToken)
    {
        // When nothing else filters one object's entries, the lookup needs to find only one page of them.
        var narrowed = !string.IsNullOrWhiteSpace(filter.Actor) || !string.IsNullOrWhiteSpace(filter.Action) || !string.IsNullOrWhiteSpace(filter.Reference)
            || !string.IsNullOrWhiteSpace(filter.Request) || filter.From is not null || filter.To is not null;
        var query = await AuditLookup.WhereObjectAsync(db, db.AuditEntries.AsNoTracking(), filter.Type?.Trim(), filter.Id?.Trim(), filter.Before,
            narrowed ? null : take, cancellationToken);

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            query = query.Where(a => a.Actor.Contains(filter.Actor.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(a => a.Action.StartsWith(filter.Action.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Reference))
        {
            query = query.Where(a => a.Reference == filter.Reference.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Request))
        {
            query = query.Where(a => a.CorrelationId == filter.Request.Trim());
        }

        if (filter.From is { } from)
        {
            var at = new DateTimeOffset(DateTime.SpecifyKind(from, DateTimeKind.Utc));
            query = query.Where(a => a.At >= at);
        }

        if (filter.To is { } to)
        {
            var at = new DateTimeOffset(DateTime.SpecifyKind(to, DateTimeKind.Utc));
            query = query.Where(a => a.At <= at);
        }

        if (filter.Before is { } before)
        {
            query = query.Where(a => a.Id < before);
        }

        return await query.OrderByDescending(a => a.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>A product's own changes and every change of its stock levels.</summary>
    public static Task<List<TimelineEntry>> ForProductAsync(StockDbContext db, int productId, CancellationToken cancellationToken)
    {
        var id = productId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return EntriesAsync(db, AuditMatch.Object(AuditObjectTypes.Product, id).OrObjectIdsStartingWith(AuditObjectTypes.StockLevel, id + ":"), cancellationToken);
    }

    /// <summary>A hold's changes and the stock it reserved and gave back (entries that reference it).</summary>
    public static Task<List<TimelineEntry>> ForHoldAsync(StockDbContext db, Guid holdId, CancellationToken cancellationToken)
    {
        var id = holdId.ToString();
        return EntriesAsync(db, AuditMatch.Object(AuditObjectTypes.Hold, id).OrReference($"hold:{id}"), cancellationToken);
    }

    /// <summary>An order's changes and those of the holds behind it.</summary>
    public static async Task<List<TimelineEntry>> ForOrderAsync(StockDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        var id = orderId.ToString();
        var owner = HoldOwner.Order(orderId);
        // Ids to text here, not in SQL: SQLite stores GUIDs upper-case, the audit log has them as .NET writes them.
        var holdIds = await db.Holds.AsNoTracking().Where(h => h.OwnerType == owner.Type && h.OwnerId == owner.Id).Select(h => h.Id).ToListAsync(cancellationToken);
        return await EntriesAsync(db, AuditMatch.Object(AuditObjectTypes.Order, id).OrObjects(AuditObjectTypes.Hold, holdIds.Select(h => h.ToString())).OrReference($"order:{id}"), cancellationToken);
    }

    /// <summary>A serialized unit's status history (who moved it, why, for which hold or order) and its audit entries.</summary>
    public static async Task<List<TimelineEntry>> ForUnitAsync(StockDbContext db, int unitId, CancellationToken cancellationToken)
    {
        var id = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await EntriesAsync(db, AuditMatch.Object(AuditObjectTypes.Unit, id), cancellationToken);
        var serial = await db.SerializedUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.SerialNumber).SingleOrDefaultAsync(cancellationToken) ?? id;
        var changes = await db.UnitStatusChanges.AsNoTracking().Where(c => c.UnitId == unitId).ToListAsync(cancellationToken);
        var history = changes.Select(c => new TimelineEntry(c.At, c.Actor, $"unit.{c.To.ToString().ToLowerInvariant()}", AuditObjectTypes.Unit, id, c.Reason,
            c.ReferenceType is null ? null : $"{c.ReferenceType.ToLowerInvariant()}:{c.ReferenceId}",
            [new FieldChange("Status", c.From.ToString(), c.To.ToString()), .. c.Note is null ? Array.Empty<FieldChange>() : [new FieldChange("Note", null, c.Note)]], null,
            $"unit {serial}"));

        // The audit log records each move too ("unit.reserved"); the status history says more, so it wins.
        return audit.Where(a => a.Action == "unit.received" || !a.Action.StartsWith("unit.", StringComparison.Ordinal))
            .Concat(history).OrderBy(e => e.At).ToList();
    }

    private static async Task<List<TimelineEntry>> EntriesAsync(StockDbContext db, AuditMatch match, CancellationToken cancellationToken)
    {
        var ids = await AuditLookup.IdsAsync(db, match, before: null, take: null, cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var names = await SubjectsAsync(db, entries, cancellationToken);
        return entries.Select(a => ToEntry(a, names)).ToList();
    }

    private static TimelineEntry ToEntry(AuditEntry a, IReadOnlyDictionary<(string, string), string> subjects) =>
        new(a.At, a.Actor, a.Action, a.ObjectType, a.ObjectId, a.Reason, a.Reference, AuditChange.Describe(a.OldValues, a.NewValues), a.CorrelationId,
            subjects.GetValueOrDefault((a.ObjectType, a.ObjectId)) ?? $"{a.ObjectType} {Format.ShortId(a.ObjectId)}");

    /// <summary>Names for the products, stock levels and units among <paramref name="entries"/>, in three small reads.</summary>
    private static async Task<Dictionary<(string, string), string>> SubjectsAsync(StockDbContext db, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var subjects = new Dictionary<(string, string), string>();
        var levels = entries.Where(e => e.ObjectType == AuditObjectTypes.StockLevel).Select(e => e.ObjectId).Distinct().ToList();
        var productIds = entries.Where(e => e.ObjectType == AuditObjectTypes.Product).Select(e => e.ObjectId)
            .Concat(levels.Select(l => l.Split(':')[0]))
            .Select(id => int.TryParse(id, out var value) ? value : 0).Where(id => id > 0).Distinct().ToList();
        var unitIds = entries.Where(e => e.ObjectType == AuditObjectTypes.Unit).Select(e => int.TryParse(e.ObjectId, out var value) ? value : 0).Where(id => id > 0).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var warehouses = levels.Count == 0 ? [] : await db.Warehouses.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Code, cancellationToken);
        var units = await db.SerializedUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.SerialNumber, cancellationToken);
        foreach (var (id, name) in products)
        {
            subjects[(AuditObjectTypes.Product, id.ToString(System.Globalization.CultureInfo.InvariantCulture))] = name;
        }

        foreach (var level in levels)
        {
            var parts = level.Split(':');
            if (parts.Length == 2 && int.TryParse(parts[0], out var product) && int.TryParse(parts[1], out var warehouse))
            {
                subjects[(AuditObjectTypes.StockLevel, level)] = $"{products.GetValueOrDefault(product, $"product {product}")} in {warehouses.GetValueOrDefault(warehouse, $"warehouse {warehouse}")}";
            }
        }

        foreach (var (id, serial) in units)
        {
            subjects[(AuditObjectTypes.Unit, id.ToString(System.Globalization.CultureInfo.InvariantCulture))] = $"unit {serial}";
        }

        return subjects;
    }
}
