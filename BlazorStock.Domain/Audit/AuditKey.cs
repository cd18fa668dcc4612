namespace BlazorStock.Domain.Audit;

/// <summary>
/// One row of the audit log's lookup: an object or reference key (<see cref="AuditLookup"/>) and an entry
/// that has it. Written in bulk behind the log by <see cref="AuditIndexer"/>, never by the operation
/// that audits (docs/decisions/006).
/// </summary>
public sealed class AuditKey
{
    private AuditKey()
    {
    }

    public string Key { get; private set; } = "";

    public long AuditId { get; private set; }
}
