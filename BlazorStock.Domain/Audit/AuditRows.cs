using BlazorStock.Domain.Persistence;

namespace BlazorStock.Domain.Audit;

/// <summary>Writes an operation's audit entries with one prepared insert: a hold writes two or more, so they are the most numerous rows.</summary>
internal static class AuditRows
{
    private const string Insert = """
        INSERT INTO "AuditEntries" ("At", "Actor", "Action", "ObjectType", "ObjectId", "OldValues", "NewValues", "Reason", "Reference", "CorrelationId")
        VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)
        """;

    public static void Write(PreparedStatements statements, IReadOnlyList<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            statements.Execute(Insert, entry.At, entry.Actor, entry.Action, entry.ObjectType, entry.ObjectId, entry.OldValues, entry.NewValues, entry.Reason, entry.Reference, entry.CorrelationId);
        }
    }
}
