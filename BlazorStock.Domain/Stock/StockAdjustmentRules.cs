namespace BlazorStock.Domain.Stock;

/// <summary>What a stock adjustment must say: a change that is not zero, and why (kept in the audit log).</summary>
public static class StockAdjustmentRules
{
    public const int MaxReasonLength = 1000;

    public static string? DeltaProblem(int delta) =>
        delta == 0 ? "An adjustment must change the count: receive a positive number, write off a negative one." : null;

    public static string? ReasonProblem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength
            ? $"A reason is required for every stock adjustment (at most {MaxReasonLength} characters)."
            : null;
}
