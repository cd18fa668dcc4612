namespace BlazorStock.Web.Staff;

/// <summary>Settings under <c>Staff</c>.</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>
    /// How often an open back-office tab re-checks its account (and how often a signed-in request re-checks
    /// the cookie's security stamp): the longest a removed, locked or demoted account keeps what it had.
    /// </summary>
    public TimeSpan RevalidateEvery { get; set; } = TimeSpan.FromMinutes(1);
}
