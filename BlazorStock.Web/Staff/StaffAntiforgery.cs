using BlazorStock.Web.Live;
using BlazorStock.Web.Requests;

namespace BlazorStock.Web.Staff;

public static class StaffAntiforgery
{
    /// <summary>
    /// Back-office posts without a valid token get a danger toast (htmx) or a redirect with it (plain form).
    /// htmx sends the token as a header (site.js), plain forms as the hidden field.
    /// </summary>
    public static RouteGroupBuilder RequireStaffAntiforgery(this RouteGroupBuilder group) =>
        group.RequireAntiforgery(static http => StaffForms.Answer(
            http,
            new StaffNotice("danger", "This form has expired or came from another site; reload the page and try again."),
            "/staff",
            "",
            StatusCodes.Status400BadRequest));
}
