using BlazorStock.Domain;
using BlazorStock.Web.Carts;

namespace BlazorStock.Web.Requests;

/// <summary>
/// Gives every request an id (the caller's X-Request-Id when it sends a sane one), echoes it on the
/// response, and hands it with the acting user to the domain so audit entries carry both.
/// </summary>
public sealed class RequestContextMiddleware(RequestDelegate next)
{
    public const string Header = "X-Request-Id";

    public Task InvokeAsync(HttpContext context, OperationContext operation, CartIdentity carts)
    {
        var sent = context.Request.Headers[Header].ToString();
        var requestId = IsSane(sent) ? sent : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = requestId;
        context.Response.Headers[Header] = requestId;

        // The exception handler clears headers before writing its problem details; put the id back.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = requestId;
            return Task.CompletedTask;
        });
        operation.CorrelationId = requestId;
        operation.ClientAddress = context.Connection.RemoteIpAddress?.ToString();
        operation.Actor = OperationActors.For(context.User, carts.Find(context));
        return next(context);
    }

    private static bool IsSane(string value) =>
        value.Length is > 0 and <= 128 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
