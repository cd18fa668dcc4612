using BlazorStock.Domain.Persistence;

namespace BlazorStock.Domain.Audit;

/// <summary>
/// Gives the audit entries past the watermark their lookup keys, sorted, many at a time, and moves the
/// watermark (docs/decisions/006). Runs inside the caller's write transaction, which must hold SQLite's
/// write lock (BEGIN IMMEDIATE) so no entry below the largest id can still be uncommitted.
/// </summary>
internal static class AuditIndexer
{
    private static readonly string Watermark = $"""SELECT "IndexedThrough" FROM "AuditIndexState" WHERE "Id" = {AuditIndexState.SingletonId}""";
    private const string LastEntry = """SELECT coalesce(max("Id"), 0) FROM "AuditEntries" """;

    // Keys are built exactly as AuditLookup builds them; sorted so each B-tree page is written once per step.
    private static readonly string InsertKeys = $"""
        INSERT INTO "AuditKeys" ("Key", "AuditId")
        SELECT "Key", "AuditId" FROM (
            SELECT 'o/' || "ObjectType" || '/' || "ObjectId" AS "Key", "Id" AS "AuditId" FROM "AuditEntries" WHERE "Id" > ?1 AND "Id" <= ?2
            UNION ALL
            SELECT 'r/' || "Reference", "Id" FROM "AuditEntries" WHERE "Id" > ?1 AND "Id" <= ?2 AND ({LookedUpReference}))
        ORDER BY "Key", "AuditId"
        """;

    /// <summary>A condition on "Reference" true for the kinds of reference lookups ask for.</summary>
    internal static string LookedUpReference =>
        string.Join(" OR ", AuditLookup.ReferenceKinds.Select(kind => $"""substr("Reference", 1, {kind.Length}) = '{kind}'"""));

    private static readonly string MoveWatermark = $"""UPDATE "AuditIndexState" SET "IndexedThrough" = ?1 WHERE "Id" = {AuditIndexState.SingletonId}""";

    /// <summary>Indexes up to <paramref name="limit"/> entries past the watermark; <c>Behind</c> is how many are still unindexed after this step.</summary>
    public static (int Keys, long Behind) IndexNext(PreparedStatements statements, int limit)
    {
        var from = Scalar(statements, Watermark);
        var last = Scalar(statements, LastEntry);
        if (last <= from)
        {
            return (0, 0);
        }

        var to = Math.Min(last, from + limit);
        var keys = statements.Execute(InsertKeys, from, to);
        statements.Execute(MoveWatermark, to);
        return (keys, last - to);
    }

    private static long Scalar(PreparedStatements statements, string sql)
    {
        using var rows = statements.Query(sql);
        return rows.Read() ? rows.GetInt64(0) : throw new InvalidOperationException($"No row for: {sql}");
    }
}
