using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Storefront;

/// <summary>
/// The two ways a storefront form arrives: from htmx (answer with a component fragment to swap in) or as
/// a plain form post without JavaScript (answer with a redirect to a page: post/redirect/get).
/// </summary>
public static class Htmx
{
    /// <summary>The id of the element htmx will swap the answer into.</summary>
    public static string? Target(this HttpRequest request) => request.Headers["HX-Target"].FirstOrDefault();

    public static RazorComponentResult<TComponent> Fragment<TComponent>(object parameters, int statusCode = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        new(parameters) { StatusCode = statusCode };

    /// <summary>Tells the page that the cart changed (storefront.js re-joins the cart's live group if it had none).</summary>
    public static void TriggerCartChanged(this HttpResponse response) => response.Headers["HX-Trigger"] = "cart:changed";

    /// <summary>Only a path on this site, so a form's return address cannot send the shopper elsewhere.</summary>
    public static string LocalOr(string? url, string fallback) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : fallback;

    public static string WithQuery(string url, string query) => url + (url.Contains('?') ? "&" : "?") + query;
}
