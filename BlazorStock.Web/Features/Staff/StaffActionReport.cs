using BlazorStock.Domain;
using BlazorStock.Web.Jobs;
using MudBlazor;

namespace BlazorStock.Web.Features.Staff;

/// <summary>A back-office action's outcome as a snackbar: what it did, or the refusal in the domain's own words.</summary>
public static class StaffActionReport
{
    /// <summary>Runs <paramref name="action"/> (which returns what it did); false when it was refused.</summary>
    public static async Task<bool> ReportAsync(this ISnackbar snackbar, Func<Task<string>> action)
    {
        try
        {
            snackbar.Add(await action(), Severity.Success);
            return true;
        }
        catch (Exception refusal) when (refusal is DomainException or JobActionException)
        {
            snackbar.Add(refusal.Message, Severity.Error);
            return false;
        }
    }
}
