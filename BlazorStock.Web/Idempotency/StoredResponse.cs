namespace BlazorStock.Web.Idempotency;

/// <summary>Replays a stored response: same status, body and Location, marked with Idempotent-Replayed.</summary>
public sealed class StoredResponse(IdempotencyRecord record) : IResult
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = record.StatusCode ?? StatusCodes.Status200OK;
        httpContext.Response.Headers[ReplayedHeader] = "true";
        if (record.ContentType is not null)
        {
            httpContext.Response.ContentType = record.ContentType;
        }

        if (record.Location is not null)
        {
            httpContext.Response.Headers.Location = record.Location;
        }

        if (record.Body is { Length: > 0 } body)
        {
            await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
