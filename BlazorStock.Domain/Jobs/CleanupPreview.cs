namespace BlazorStock.Domain.Jobs;

/// <summary>
/// What the cleanup would do now (its dry run): the counts are exact, the lists show the first
/// <c>listLimit</c> of each, oldest first, as the cleanup would take them.
/// </summary>
public sealed record CleanupPreview(
    DateTimeOffset At,
    int HoldsDue,
    int OrdersOverdue,
    int UnitsReleased,
    IReadOnlyList<DueHold> Holds,
    IReadOnlyList<OverdueOrder> Orders)
{
    public string Summary => $"would release {HoldsDue} expired hold(s); would cancel {OrdersOverdue} unpaid order(s)";

    public JobResult ToResult() => new(HoldsDue, UnitsReleased, OrdersOverdue, Summary: Summary);
}
