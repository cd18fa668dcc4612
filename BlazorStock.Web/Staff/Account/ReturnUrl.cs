namespace BlazorStock.Web.Staff.Account;

public static class ReturnUrl
{
    /// <summary>Only a back-office path, so a sign-in link cannot send staff to another site after signing in.</summary>
    public static string LocalOr(string? url, string fallback) =>
        url is { Length: > 1 } && (url == "/staff" || url.StartsWith("/staff/", StringComparison.Ordinal) || url.StartsWith("/staff?", StringComparison.Ordinal) || url.StartsWith("/hangfire", StringComparison.Ordinal))
        && !url.Contains('\\') && !url.Contains("//", StringComparison.Ordinal) ? url : fallback;
}
