namespace BlazorStock.Domain.Persistence;

/// <summary>Bound from the <c>Persistence</c> section; the connection string from <c>ConnectionStrings:BlazorStock</c>.</summary>
public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    public string ConnectionString { get; set; } = "Data Source=blazorstock.db";

    /// <summary>Gather concurrent writes into one transaction (each still all-or-nothing through a savepoint).</summary>
    public bool GroupCommit { get; set; } = true;

    public int MaxBatchSize { get; set; } = 128;
}
