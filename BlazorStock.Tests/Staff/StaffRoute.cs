namespace BlazorStock.Tests.Staff;

public sealed record StaffRoute(string Method, string Pattern, IReadOnlyList<string> Policies, bool AllowsAnonymous)
{
    public string Name => $"{Method} {Pattern}";

    public bool IsAdminOnly => Policies.Contains(BlazorStock.Web.Staff.StaffPolicies.Admin);

    public override string ToString() => Name;
}
