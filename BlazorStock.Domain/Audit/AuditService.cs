using BlazorStock.Domain.Persistence;

namespace BlazorStock.Domain.Audit;

/// <summary>Records an operator's action that changes nothing in the domain's own tables (e.g. pausing a job).</summary>
public sealed class AuditService(StockWriter writer, OperationContext operation)
{
    public Task<bool> RecordAsync(string action, string objectType, string objectId, object? oldValues, object? newValues, string? reason, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, w =>
        {
            w.Audit(action, objectType, objectId, oldValues, newValues, reason);
            return Task.FromResult(true);
        }, cancellationToken);
}
