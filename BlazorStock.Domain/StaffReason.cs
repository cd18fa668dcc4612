namespace BlazorStock.Domain;

/// <summary>Why staff acted on someone's hold or order: required, kept in the audit log, checked here once for every caller.</summary>
public static class StaffReason
{
    public const int MaxLength = 500;

    /// <summary>What is wrong with <paramref name="reason"/>, or null when it will do.</summary>
    public static string? Problem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Give a reason: it goes into the audit log."
        : reason.Trim().Length > MaxLength ? $"A reason is at most {MaxLength} characters."
        : null;

    /// <summary>A reason staff may leave out (moving an order on): null when blank, else checked and trimmed.</summary>
    public static string? Optional(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : Require(reason);

    public static string Require(string? reason) =>
        Problem(reason) is { } problem ? throw new DomainException(ErrorCodes.InvalidReason, problem) : reason!.Trim();
}
