namespace BlazorStock.Domain;

/// <summary>Who is acting and which request caused it; scoped, filled in by the host (request, job).</summary>
public sealed class OperationContext
{
    public string Actor { get; set; } = "system";

    public string? CorrelationId { get; set; }
}
