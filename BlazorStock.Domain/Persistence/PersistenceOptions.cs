namespace BlazorStock.Domain.Persistence;

/// <summary>Bound from the <c>Persistence</c> section; the connection string from <c>ConnectionStrings:BlazorStock</c>.</summary>
public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    public string ConnectionString { get; set; } = "Data Source=blazorstock.db";

    /// <summary>Set from <c>Database:Provider</c>, not from this section: one setting picks the engine for every part of the app.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Gather concurrent writes into one transaction (each still all-or-nothing through a savepoint).</summary>
    public bool GroupCommit { get; set; } = true;

    public int MaxBatchSize { get; set; } = 128;

    /// <summary>The writer thread's Linux nice value (-20 to 19; 0 leaves it alone); lowering it needs CAP_SYS_NICE.</summary>
    public int WriterNice { get; set; } = -10;

    /// <summary>How often the writer gives new audit entries their lookup keys (docs/decisions/006).</summary>
    public TimeSpan AuditIndexInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The most audit entries one indexing step takes; a backlog is worked off a step per interval.</summary>
    public int AuditIndexStep { get; set; } = 20_000;

    /// <summary>
    /// A batch running longer than this is a stall: health turns Unhealthy, the log says so, and new writes
    /// are refused (503) instead of queueing behind it (issue 19).
    /// </summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Caps the database at this many pages (SQLite's <c>max_page_count</c>; pages are 4 KiB): past it writes are
    /// refused as storage full, as on a full disk. Read again whenever a connection opens and before each
    /// batch, so raising it (appsettings reload) brings writes back without a restart. Null: SQLite's own limit.
    /// </summary>
    public long? MaxPageCount { get; set; }
}
