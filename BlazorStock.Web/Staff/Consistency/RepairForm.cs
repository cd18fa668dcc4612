namespace BlazorStock.Web.Staff.Consistency;

/// <summary>The finding to repair; none repairs every repairable one.</summary>
public sealed class RepairForm
{
    public string? Key { get; set; }
}
