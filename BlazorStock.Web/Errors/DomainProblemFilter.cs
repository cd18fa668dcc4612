using BlazorStock.Domain;

namespace BlazorStock.Web.Errors;

/// <summary>Answers a domain refusal with its problem details, so API handlers need no try/catch of their own.</summary>
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
            return error.ToProblem();
        }
    }
}
