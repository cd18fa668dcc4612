namespace BlazorStock.Domain.Persistence;

/// <summary>Bound from the <c>Persistence</c> section; the connection string from <c>ConnectionStrings:BlazorStock</c>.</summary>
public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    public string ConnectionString { get; set; } = "Data Source=blazorstock.db";

    /// <summary>Gather concurrent writes into one transaction (each still all-or-nothing through a savepoint).</summary>
    public bool GroupCommit { get; set; } = true;

    public int MaxBatchSize { get; set; } = 128;

    /// <summary>The writer thread's Linux nice value (-20 to 19; 0 leaves it alone); lowering it needs CAP_SYS_NICE.</summary>
    public int WriterNice { get; set; } = -10;

    /// <summary>How often the writer gives new audit entries their lookup keys (docs/decisions/006).</summary>
    public TimeSpan AuditIndexInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The most audit entries one indexing step takes; a backlog is worked off a step per interval.</summary>
    public int AuditIndexStep { get; set; } = 20_000;
}
