using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using BlazorStock.Web.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Api.Paging;

/// <summary>
/// Keyset paging: a cursor is the sort key of the last row served (opaque base64url to clients), and the
/// next page is the rows after it, so pages stay stable while rows are added and cost the same at any depth.
/// </summary>
public static class Cursor
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static string Encode(params string[] parts) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', parts)));

    /// <summary>The cursor's parts, or false when it is not one of ours or has the wrong shape.</summary>
    public static bool TryDecode(string? cursor, int partCount, [NotNullWhen(true)] out string[]? parts)
    {
        parts = null;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 400)
        {
            return false;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            parts = decoded.Length == partCount ? decoded : null;
            return parts is not null;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static ProblemHttpResult Invalid() => ApiProblems.Invalid("invalid_cursor", "The cursor is not valid for this list; start again without one.");

    /// <summary>The page size, or a problem when <paramref name="limit"/> is outside 1..<see cref="MaxLimit"/>.</summary>
    public static bool TryLimit(int? limit, out int take, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        take = limit ?? DefaultLimit;
        problem = take is < 1 or > MaxLimit ? ApiProblems.Invalid("invalid_limit", $"limit must be between 1 and {MaxLimit}.") : null;
        return problem is null;
    }

    /// <summary>Cuts a fetched <c>take + 1</c> rows to a page; the extra row only tells that there is a next page.</summary>
    public static Page<TOut> ToPage<TRow, TOut>(List<TRow> rows, int take, Func<TRow, TOut> map, Func<TRow, string> cursorOf) =>
        new(rows.Take(take).Select(map).ToList(), rows.Count > take ? cursorOf(rows[take - 1]) : null);
}
