using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api.Paging;
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
        // When nothing else filters one object's entries, the lookup needs to find only one page of them.
        var narrowed = !string.IsNullOrWhiteSpace(filter.Actor) || !string.IsNullOrWhiteSpace(filter.Action) || !string.IsNullOrWhiteSpace(filter.Reference)
            || !string.IsNullOrWhiteSpace(filter.Request) || filter.From is not null || filter.To is not null;
        var query = await AuditLookup.WhereObjectAsync(db, db.AuditEntries.AsNoTracking(), filter.Type?.Trim(), filter.Id?.Trim(), filter.Before,
            narrowed ? null : PageSize + 1, cancellationToken);

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

        var rows = await query.OrderByDescending(a => a.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        var page = Cursor.ToPage(rows, PageSize, ToEntry, a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (page.Items.ToList(), page.NextCursor is null ? null : rows[PageSize - 1].Id);
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
        var changes = await db.UnitStatusChanges.AsNoTracking().Where(c => c.UnitId == unitId).ToListAsync(cancellationToken);
        var history = changes.Select(c => new TimelineEntry(c.At, c.Actor, $"unit.{c.To.ToString().ToLowerInvariant()}", AuditObjectTypes.Unit, id, c.Reason,
            c.ReferenceType is null ? null : $"{c.ReferenceType.ToLowerInvariant()}:{c.ReferenceId}",
            [new FieldChange("Status", c.From.ToString(), c.To.ToString()), .. c.Note is null ? Array.Empty<FieldChange>() : [new FieldChange("Note", null, c.Note)]], null));

        // The audit log records each move too ("unit.reserved"); the status history says more, so it wins.
        return audit.Where(a => a.Action == "unit.received" || !a.Action.StartsWith("unit.", StringComparison.Ordinal))
            .Concat(history).OrderBy(e => e.At).ToList();
    }

    private static async Task<List<TimelineEntry>> EntriesAsync(StockDbContext db, AuditMatch match, CancellationToken cancellationToken)
    {
        var ids = await AuditLookup.IdsAsync(db, match, before: null, take: null, cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return entries.Select(ToEntry).ToList();
    }

    private static TimelineEntry ToEntry(AuditEntry a) =>
        new(a.At, a.Actor, a.Action, a.ObjectType, a.ObjectId, a.Reason, a.Reference, AuditChange.Describe(a.OldValues, a.NewValues), a.CorrelationId);
}
