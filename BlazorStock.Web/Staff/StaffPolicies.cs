namespace BlazorStock.Web.Staff;

/// <summary>Authorization policies for the back office and the staff API (issue 4).</summary>
public static class StaffPolicies
{
    /// <summary>Warehouse staff or admins.</summary>
    public const string Warehouse = "Warehouse";

    public const string Admin = "Admin";
}
