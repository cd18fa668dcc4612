namespace BlazorStock.Domain.Consistency;

public sealed record RepairResult(IReadOnlyList<ConsistencyFinding> Repaired, IReadOnlyList<ConsistencyFinding> Skipped);
