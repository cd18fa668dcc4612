namespace BlazorStock.Domain;

/// <summary>The one exception the domain throws for a rule that refused an operation.</summary>
public sealed class DomainException(string code, string message, IReadOnlyDictionary<string, object?>? details = null)
    : Exception(message)
{
    /// <summary>Machine-readable code from <see cref="ErrorCodes"/>; the API returns it as the problem's <c>code</c>.</summary>
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();
}
