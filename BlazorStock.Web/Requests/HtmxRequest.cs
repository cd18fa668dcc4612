namespace BlazorStock.Web.Requests;

public static class HtmxRequest
{
    /// <summary>True when htmx sent the request (answer with a fragment), false for a plain form post (redirect).</summary>
    public static bool IsHtmx(this HttpRequest request) => request.Headers["HX-Request"] == "true";
}
