namespace BlazorStock.Web.Staff;

public static class StaffRoles
{
    public const string Warehouse = "Warehouse";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Warehouse, Admin];
}
