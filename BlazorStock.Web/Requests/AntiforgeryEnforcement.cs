using Microsoft.AspNetCore.Antiforgery;

namespace BlazorStock.Web.Requests;

/// <summary>
/// Minimal APIs check the antiforgery token only when they bind a form; posts that bind nothing (Extend,
/// Pause, Repair all) must be protected all the same. Each area answers a refusal its own way.
/// </summary>
public static class AntiforgeryEnforcement
{
    public static RouteGroupBuilder RequireAntiforgery(this RouteGroupBuilder group, Func<HttpContext, object?> refuse)
    {
        group.WithMetadata(new RequireAntiforgeryTokenAttribute());
        group.AddEndpointFilter((context, next) =>
            context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
                ? ValueTask.FromResult(refuse(context.HttpContext))
                : next(context));
        return group;
    }
}
