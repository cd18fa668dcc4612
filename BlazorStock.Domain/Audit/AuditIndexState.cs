namespace BlazorStock.Domain.Audit;

/// <summary>The one row saying how far <see cref="AuditIndexer"/> has indexed the audit log: every entry up to <see cref="IndexedThrough"/> has its keys.</summary>
public sealed class AuditIndexState
{
    public const int SingletonId = 1;

    private AuditIndexState()
    {
    }

    public int Id { get; private set; }

    public long IndexedThrough { get; private set; }
}
