using BlazorStock.Web.Staff;

namespace BlazorStock.Tests.Api.Security;

public sealed record ApiEndpoint(string Method, string Pattern, IReadOnlyList<string> Policies)
{
    public string Name => $"{Method} {Pattern}";

    public bool IsStaff => Policies.Count > 0;

    public bool IsAdminOnly => Policies.Contains(StaffPolicies.Admin);

    public override string ToString() => Name;
}
