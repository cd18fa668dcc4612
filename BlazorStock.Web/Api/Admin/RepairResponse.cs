using BlazorStock.Domain.Consistency;

namespace BlazorStock.Web.Api.Admin;

public sealed record RepairResponse(IReadOnlyList<ConsistencyFinding> Repaired, IReadOnlyList<ConsistencyFinding> Skipped);
