namespace BlazorStock.Web.Idempotency;

public static class IdempotencyEndpointExtensions
{
    /// <summary>Honours the Idempotency-Key header on this endpoint (the filter itself sits on the /api group).</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder, IdempotencyScope scope) =>
        builder.WithMetadata(new IdempotentEndpoint(scope))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
