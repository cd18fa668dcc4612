namespace BlazorStock.Web.Staff.Account;

public static class ReturnUrl
{
    /// <summary>
    /// Only a back-office path, so a sign-in link cannot send staff to another site after signing in; and only
    /// printable ASCII, since it becomes a Location header (a line break or a non-ASCII character there is a
    /// server error, or a header of the attacker's).
    /// </summary>
    public static string LocalOr(string? url, string fallback) =>
        url is { Length: > 1 and <= 2048 } && (url == "/staff" || url.StartsWith("/staff/", StringComparison.Ordinal) || url.StartsWith("/staff?", StringComparison.Ordinal) || url.StartsWith("/hangfire", StringComparison.Ordinal))
        && !url.Contains('\\') && !url.Contains("//", StringComparison.Ordinal) && url.All(c => c is >= '!' and <= '~') ? url : fallback;
}
