using BlazorStock.Domain.Consistency;

namespace BlazorStock.Web.Api.Admin;

public sealed record ConsistencyResponse(bool Consistent, IReadOnlyList<ConsistencyFinding> Findings);
