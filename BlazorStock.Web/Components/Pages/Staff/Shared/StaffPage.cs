using Microsoft.AspNetCore.Components;

namespace BlazorStock.Web.Components.Pages.Staff.Shared;

/// <summary>Base of back-office pages: the request (static SSR), its cancellation and the page's own URL for forms to return to.</summary>
public abstract class StaffPage : ComponentBase
{
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>Path and query of this page, where a form posted from it comes back to.</summary>
    protected string Here => HttpContext is { } http ? http.Request.Path + http.Request.QueryString : "/staff";
}
