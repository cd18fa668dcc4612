using BlazorStock.Domain;
using BlazorStock.Web.Components.Pages.Staff.Shared;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Live;
using BlazorStock.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Staff;

/// <summary>
/// How a back-office action answers. From htmx: a toast to append to the page's toast area, with an
/// HX-Trigger naming what changed so the live regions of the page reload. As a plain form post (no
/// JavaScript): a redirect back to the page (post/redirect/get), the toast travelling in a flash cookie.
/// </summary>
public static class StaffForms
{
    /// <summary>Only a back-office path, so a form's return address cannot send staff elsewhere.</summary>
    public static string LocalOr(string? url, string fallback) =>
        url is { Length: > 1 } && url.StartsWith("/staff", StringComparison.Ordinal) && url[1] != '/' && url[1] != '\\' ? url : fallback;

    /// <summary>Runs a service call; a domain refusal becomes a danger toast with the domain's message and status.</summary>
    public static async Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> ActAsync(
        HttpContext http, string? returnUrl, string fallback, string changed, Func<Task<string>> action)
    {
        StaffNotice notice;
        var status = StatusCodes.Status200OK;
        try
        {
            notice = new StaffNotice("success", await action());
        }
        catch (DomainException error)
        {
            notice = new StaffNotice("danger", error.Message);
            status = DomainProblems.StatusFor(error.Code);
        }

        return Answer(http, notice, LocalOr(returnUrl, fallback), changed, status);
    }

    public static Results<RazorComponentResult<Toast>, RedirectHttpResult> Answer(HttpContext http, StaffNotice notice, string returnUrl, string changed, int status = StatusCodes.Status200OK)
    {
        if (!http.Request.IsHtmx())
        {
            StaffNotices.Flash(http, notice);
            return TypedResults.Redirect(returnUrl);
        }

        if (status < 400)
        {
            http.Response.Headers["HX-Trigger"] = changed;
        }

        return new RazorComponentResult<Toast>(new { Notice = notice }) { StatusCode = status };
    }

    /// <summary>A refusal the web layer makes itself (a missing reason), answered like a domain refusal.</summary>
    public static Results<RazorComponentResult<Toast>, RedirectHttpResult> Refuse(HttpContext http, string message, string? returnUrl, string fallback) =>
        Answer(http, new StaffNotice("danger", message), LocalOr(returnUrl, fallback), "", StatusCodes.Status400BadRequest);
}
