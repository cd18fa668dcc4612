using BlazorStock.Web.Live;

namespace BlazorStock.Web.Staff;

/// <summary>
/// A toast that survives the redirect after a plain form post: a short-lived cookie, read and removed by
/// the next back-office page. Its text is ours (the action's result), never taken from a URL, so a link
/// cannot make the back office display a message of someone else's choosing.
/// </summary>
public static class StaffNotices
{
    public const string CookieName = "bs_staff_notice";

    public static void Flash(HttpContext http, StaffNotice notice) =>
        http.Response.Cookies.Append(CookieName, $"{notice.Tone}|{notice.Text}", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/staff",
            MaxAge = TimeSpan.FromMinutes(1),
            IsEssential = true,
        });

    public static StaffNotice? Take(HttpContext http)
    {
        if (http.Request.Cookies[CookieName] is not { } value)
        {
            return null;
        }

        if (!http.Response.HasStarted)
        {
            http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/staff" });
        }

        var split = value.IndexOf('|');
        var tone = split > 0 ? value[..split] : "";
        return tone is "success" or "danger" or "warning" or "info" ? new StaffNotice(tone, value[(split + 1)..]) : null;
    }
}
