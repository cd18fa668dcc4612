namespace BlazorStock.Domain.Persistence;

/// <summary>
/// A user's search text as a LIKE pattern: their % and _ match themselves, not anything. Pass
/// <see cref="Escape"/> as the escape character of <c>EF.Functions.Like</c>.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    /// <summary>Matches any text that contains <paramref name="term"/> (trimmed).</summary>
    public static string Containing(string term) =>
        $"%{term.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
}
