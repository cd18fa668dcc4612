using Microsoft.AspNetCore.Antiforgery;

namespace BlazorStock.Web.Storefront;

/// <summary>
/// Minimal APIs check the antiforgery token only when they bind a form; storefront posts that bind
/// nothing (Extend, Remove) must be protected all the same.
/// </summary>
public static class AntiforgeryRequired
{
    public static RouteGroupBuilder RequireAntiforgery(this RouteGroupBuilder group)
    {
        group.WithMetadata(new RequireAntiforgeryTokenAttribute());
        group.AddEndpointFilter(static (context, next) =>
            context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
                ? ValueTask.FromResult<object?>(TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Invalid antiforgery token",
                    detail: "The form was too old or came from another site; reload the page and try again."))
                : next(context));
        return group;
    }
}
