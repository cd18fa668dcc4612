using BlazorStock.Web.Staff;

namespace BlazorStock.Tests.Api.Security;

public sealed record ApiEndpoint(string Method, string Pattern, IReadOnlyList<string> Policies)
{
    public string Name => $"{Method} {Pattern}";

    /// <summary>Needs a staff policy; the shopper policy (a shopper token, <c>/api/shoppers/me…</c>) is not one.</summary>
    public bool IsStaff => Policies.Any(p => p != BlazorStock.Web.Api.Shoppers.ShopperApi.Policy);

    public bool IsAdminOnly => Policies.Contains(StaffPolicies.Admin);

    public override string ToString() => Name;
}
