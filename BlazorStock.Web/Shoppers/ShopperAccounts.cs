using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace BlazorStock.Web.Shoppers;

/// <summary>
/// Who a request's signed-in shopper is to the domain: an opaque customer id (the Identity user id) and the id of
/// the account's own cart, which every device the shopper signs in on shares.
/// </summary>
public static class ShopperAccounts
{
    /// <summary>The user id when <paramref name="user"/> is a signed-in shopper (staff are not shoppers), else null.</summary>
    public static string? CustomerId(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && user.IsInRole(ShopperRoles.Shopper) ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>
    /// The account's cart id: derived, not stored, so every device finds it; hashed, so a cart id seen in the audit
    /// log names no account (and cart ids are only accepted sealed anyway).
    /// </summary>
    public static string CartIdFor(string customerId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("BlazorStock.AccountCart:" + customerId)))[..32];
}
