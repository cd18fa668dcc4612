namespace BlazorStock.Web.Shoppers.Account;

public static class ShopperReturnUrl
{
    /// <summary>
    /// Only a storefront path (never the back office or another site), in printable ASCII since it becomes a
    /// Location header; the same reasoning as the staff sign-in's <c>ReturnUrl</c>.
    /// </summary>
    public static string LocalOr(string? url, string fallback) =>
        url is { Length: >= 1 and <= 2048 } && url.StartsWith('/') && !url.StartsWith("/staff", StringComparison.Ordinal)
        && !url.StartsWith("/hangfire", StringComparison.Ordinal) && !url.StartsWith("/account/session", StringComparison.Ordinal)
        && !url.Contains('\\') && !url.Contains("//", StringComparison.Ordinal) && url.All(c => c is >= '!' and <= '~') ? url : fallback;
}
