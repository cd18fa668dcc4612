using System.Text.Json;
using System.Text.Json.Serialization;
using BlazorStock.Domain.Audit;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// What one write operation sees inside <see cref="StockWriter"/>'s transaction: a DbContext on that
/// transaction, the clock reading for the whole operation, and collectors for audit entries and events.
/// </summary>
public sealed class WriteContext
{
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly List<DomainEvent> _events = [];

    internal WriteContext(StockDbContext db, DateTimeOffset now, string actor, string? correlationId)
    {
        Db = db;
        Now = now;
        Actor = actor;
        CorrelationId = correlationId;
    }

    public StockDbContext Db { get; }

    public DateTimeOffset Now { get; }

    public string Actor { get; }

    public string? CorrelationId { get; }

    internal IReadOnlyList<DomainEvent> Events => _events;

    public void Publish(DomainEvent domainEvent) => _events.Add(domainEvent);

    public void Audit(string action, string objectType, string objectId, object? oldValues, object? newValues, string? reason = null, string? reference = null) =>
        Db.AuditEntries.Add(new AuditEntry(Now, Actor, action, objectType, objectId)
        {
            OldValues = oldValues is null ? null : JsonSerializer.Serialize(oldValues, AuditJson),
            NewValues = newValues is null ? null : JsonSerializer.Serialize(newValues, AuditJson),
            Reason = reason,
            Reference = reference,
            CorrelationId = CorrelationId,
        });
}
