using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Audit;

/// <summary>
/// Finds audit entries by object or reference: the keys <see cref="AuditIndexer"/> has written up to the
/// watermark, plus a scan of the few entries past it (docs/decisions/006).
/// </summary>
public static class AuditLookup
{
    public static string ObjectKey(string objectType, string objectId) => $"o/{objectType}/{objectId}";

    /// <summary>
    /// The kinds of reference lookups ask for (a hold's stock, an order's stock and holds); only these get
    /// keys. A new hold's owner (<c>Cart:…</c>) is never looked up and was a quarter of all keys.
    /// </summary>
    public static readonly IReadOnlyList<string> ReferenceKinds = ["hold:", "order:"];

    public static string ReferenceKey(string reference) =>
        ReferenceKinds.Any(kind => reference.StartsWith(kind, StringComparison.Ordinal))
            ? $"r/{reference}"
            : throw new ArgumentException($"References are looked up only for {string.Join(", ", ReferenceKinds)}.", nameof(reference));

    /// <summary>
    /// The ids of the entries that <paramref name="match"/>, newest first; only those below
    /// <paramref name="before"/>, and at most <paramref name="take"/> of them when given.
    /// </summary>
    public static async Task<List<long>> IdsAsync(StockDbContext db, AuditMatch match, long? before, int? take, CancellationToken cancellationToken)
    {
        // The watermark first: keys read afterwards cover at least everything up to it, so an entry the
        // indexer moves past meanwhile is found twice (and counted once), never missed.
        // On PostgreSQL every entry is written with its keys (decision 010): nothing lies past a watermark.
        var watermark = db.Database.IsNpgsql()
            ? long.MaxValue
            : await db.AuditIndexStates.Where(s => s.Id == AuditIndexState.SingletonId).Select(s => s.IndexedThrough).SingleAsync(cancellationToken);
        var upper = before ?? long.MaxValue;
        var ids = new SortedSet<long>(Comparer<long>.Create((a, b) => b.CompareTo(a)));

        var keys = match.Keys;
        if (keys.Count > 0)
        {
            ids.UnionWith(await Newest(db.AuditKeys.Where(k => keys.Contains(k.Key) && k.AuditId < upper), distinct: keys.Count > 1, take).ToListAsync(cancellationToken));
        }

        if (match.KeyPrefix is { } prefix)
        {
            // Keys are ASCII, so every key with the prefix sorts below prefix + U+FFFF.
            var end = prefix + '\uffff';
            ids.UnionWith(await Newest(db.AuditKeys.Where(k => k.Key.CompareTo(prefix) >= 0 && k.Key.CompareTo(end) < 0 && k.AuditId < upper), distinct: true, take).ToListAsync(cancellationToken));
        }

        var tail = db.AuditEntries.Where(a => a.Id > watermark && a.Id < upper);
        var hasPrefix = match.KeyPrefix is not null;
        var prefixOrNone = match.KeyPrefix ?? "";
        tail = tail.Where(a => keys.Contains("o/" + a.ObjectType + "/" + a.ObjectId)
            || (a.Reference != null && keys.Contains("r/" + a.Reference))
            || (hasPrefix && ("o/" + a.ObjectType + "/" + a.ObjectId).StartsWith(prefixOrNone)));
        var tailIds = tail.OrderByDescending(a => a.Id).Select(a => a.Id);
        ids.UnionWith(await (take is { } n ? tailIds.Take(n) : tailIds).ToListAsync(cancellationToken));

        return take is { } limit ? ids.Take(limit).ToList() : ids.ToList();
    }

    /// <summary>
    /// Narrows <paramref name="entries"/> to one object, through the lookup, when both its type and id are
    /// given; to a type or an id alone (a scan) otherwise. <paramref name="before"/> and
    /// <paramref name="take"/> bound the lookup as in <see cref="IdsAsync"/>.
    /// </summary>
    public static async Task<IQueryable<AuditEntry>> WhereObjectAsync(
        StockDbContext db, IQueryable<AuditEntry> entries, string? objectType, string? objectId, long? before, int? take, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(objectType) && !string.IsNullOrEmpty(objectId))
        {
            var ids = await IdsAsync(db, AuditMatch.Object(objectType, objectId), before, take, cancellationToken);
            return entries.Where(a => ids.Contains(a.Id));
        }

        if (!string.IsNullOrEmpty(objectType))
        {
            return entries.Where(a => a.ObjectType == objectType);
        }

        return string.IsNullOrEmpty(objectId) ? entries : entries.Where(a => a.ObjectId == objectId);
    }

    private static IQueryable<long> Newest(IQueryable<AuditKey> keys, bool distinct, int? take)
    {
        // Distinct before the limit, since one entry can have several of the wanted keys (object and
        // reference); with one key the primary key already yields each id once and in order.
        var selected = keys.Select(k => k.AuditId);
        var ids = (distinct ? selected.Distinct() : selected).OrderByDescending(id => id);
        return take is { } n ? ids.Take(n) : ids;
    }
}
