namespace BlazorStock.Web.Idempotency;

/// <summary>What claiming a key found: it is ours to run, a stored response, a request still running, or another body.</summary>
public sealed record IdempotencyClaim(IdempotencyOutcome Outcome, Guid ClaimId = default, IdempotencyRecord? Stored = null);
