namespace BlazorStock.Web.Idempotency;

/// <summary>Marks an endpoint that honours Idempotency-Key; keys are scoped to the cart or the signed-in user.</summary>
public sealed record IdempotentEndpoint(IdempotencyScope Scope);
