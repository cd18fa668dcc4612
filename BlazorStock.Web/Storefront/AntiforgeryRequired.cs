using BlazorStock.Web.Requests;

namespace BlazorStock.Web.Storefront;

public static class AntiforgeryRequired
{
    /// <summary>Storefront posts without a valid token get a readable problem.</summary>
    public static RouteGroupBuilder RequireAntiforgery(this RouteGroupBuilder group) =>
        group.RequireAntiforgery(static _ => TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid antiforgery token",
            detail: "The form was too old or came from another site; reload the page and try again."));
}
