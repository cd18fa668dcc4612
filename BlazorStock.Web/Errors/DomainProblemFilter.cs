using System.Globalization;
using BlazorStock.Domain;
using BlazorStock.Domain.Persistence;

namespace BlazorStock.Web.Errors;

/// <summary>
/// Answers a domain refusal with its problem details, so API handlers need no try/catch of their own. A
/// refusal that says when to come back (a full storage, a stalled writer) also sends <c>Retry-After</c>.
/// </summary>
public sealed class DomainProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException error)
        {
            if (error.Details.GetValueOrDefault(WriteRefusals.RetryAfter) is int seconds)
            {
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            return error.ToProblem();
        }
    }
}
