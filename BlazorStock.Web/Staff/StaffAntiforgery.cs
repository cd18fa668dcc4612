using BlazorStock.Web.Live;
using Microsoft.AspNetCore.Antiforgery;

namespace BlazorStock.Web.Staff;

/// <summary>
/// Minimal APIs check the antiforgery token only when they bind a form; back-office posts that bind nothing
/// (extend, repair all) are protected all the same. htmx sends the token as a header (site.js), plain forms
/// as the hidden field.
/// </summary>
public static class StaffAntiforgery
{
    public static RouteGroupBuilder RequireStaffAntiforgery(this RouteGroupBuilder group)
    {
        group.WithMetadata(new RequireAntiforgeryTokenAttribute());
        group.AddEndpointFilter(static (context, next) =>
            context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
                ? ValueTask.FromResult<object?>(StaffForms.Answer(
                    context.HttpContext,
                    new StaffNotice("danger", "This form has expired or came from another site; reload the page and try again."),
                    "/staff",
                    "",
                    StatusCodes.Status400BadRequest))
                : next(context));
        return group;
    }
}
