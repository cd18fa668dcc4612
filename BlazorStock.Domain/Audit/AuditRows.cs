using BlazorStock.Domain.Persistence;

namespace BlazorStock.Domain.Audit;

/// <summary>
/// Writes an operation's audit entries with one prepared insert: a hold writes two or more, so they are the
/// most numerous rows. On PostgreSQL the same statement gives the entry its lookup keys (decision 010).
/// </summary>
internal static class AuditRows
{
    private const string Insert = """
        INSERT INTO "AuditEntries" ("At", "Actor", "Action", "ObjectType", "ObjectId", "OldValues", "NewValues", "Reason", "Reference", "CorrelationId")
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        """;

    private static readonly string InsertWithKeys = $"""
        WITH e AS (
            INSERT INTO "AuditEntries" ("At", "Actor", "Action", "ObjectType", "ObjectId", "OldValues", "NewValues", "Reason", "Reference", "CorrelationId")
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            RETURNING "Id", "ObjectType", "ObjectId", "Reference")
        INSERT INTO "AuditKeys" ("Key", "AuditId")
        SELECT 'o/' || "ObjectType" || '/' || "ObjectId", "Id" FROM e
        UNION ALL
        SELECT 'r/' || "Reference", "Id" FROM e WHERE {AuditIndexer.LookedUpReference}
        """;

    public static void Write(PreparedStatements statements, IReadOnlyList<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            statements.ExecuteDeferred(statements.IsPostgreSql ? InsertWithKeys : Insert, entry.At, entry.Actor, entry.Action, entry.ObjectType, entry.ObjectId, entry.OldValues, entry.NewValues, entry.Reason, entry.Reference, entry.CorrelationId);
        }
    }
}
