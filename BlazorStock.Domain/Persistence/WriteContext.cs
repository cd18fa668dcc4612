using System.Text.Json;
using System.Text.Json.Serialization;
using BlazorStock.Domain.Audit;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// What one write operation sees inside <see cref="StockWriter"/>'s transaction: a DbContext on that
/// transaction, prepared statements for set-based work, the clock reading for the whole operation, and
/// collectors for audit entries and events.
/// </summary>
public sealed class WriteContext
{
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly List<DomainEvent> _events = [];
    private readonly List<AuditEntry> _audits = [];
    private readonly HashSet<int> _freed = [];

    internal WriteContext(StockDbContext db, PreparedStatements statements, DateTimeOffset now, string actor, string? correlationId)
    {
        Db = db;
        Statements = statements;
        Now = now;
        Actor = actor;
        CorrelationId = correlationId;
    }

    public StockDbContext Db { get; }

    public DateTimeOffset Now { get; }

    public string Actor { get; }

    public string? CorrelationId { get; }

    internal PreparedStatements Statements { get; }

    internal IReadOnlyList<DomainEvent> Events => _events;

    internal IReadOnlyList<AuditEntry> Audits => _audits;

    /// <summary>Stocked products this operation made more of available (a release, a receipt); the waitlist is served from them before commit.</summary>
    internal IReadOnlyCollection<int> FreedProducts => _freed;

    internal void StockFreed(int productId) => _freed.Add(productId);

    /// <summary>Forgets what was freed once the waitlist has been served.</summary>
    internal int[] TakeFreed()
    {
        var freed = _freed.ToArray();
        _freed.Clear();
        return freed;
    }

    public void Publish(DomainEvent domainEvent) => _events.Add(domainEvent);

    public void Audit(string action, string objectType, string objectId, object? oldValues, object? newValues, string? reason = null, string? reference = null) =>
        AuditAs(Actor, CorrelationId, action, objectType, objectId, oldValues, newValues, reason, reference);

    /// <summary>Audits on behalf of one request of a batch that runs as a single operation.</summary>
    internal void AuditAs(string actor, string? correlationId, string action, string objectType, string objectId, object? oldValues, object? newValues, string? reason = null, string? reference = null) =>
        _audits.Add(new AuditEntry(Now, actor, action, objectType, objectId)
        {
            OldValues = oldValues is null ? null : JsonSerializer.Serialize(oldValues, AuditJson),
            NewValues = newValues is null ? null : JsonSerializer.Serialize(newValues, AuditJson),
            Reason = reason,
            Reference = reference,
            CorrelationId = correlationId,
        });
}
