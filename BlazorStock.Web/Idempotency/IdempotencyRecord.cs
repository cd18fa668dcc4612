namespace BlazorStock.Web.Idempotency;

/// <summary>
/// One Idempotency-Key of one cart or user: while <see cref="Completed"/> is false it is the in-flight
/// marker of the request that claimed it; then it holds that request's response for replay.
/// </summary>
public sealed class IdempotencyRecord
{
    public string Scope { get; private set; } = "";

    public string Key { get; private set; } = "";

    /// <summary>SHA-256 of the method, path and bound arguments: a different body under the same key is refused.</summary>
    public string RequestHash { get; private set; } = "";

    /// <summary>Whose claim this is; completion and release check it, so a taken-over claim cannot be overwritten by its first owner.</summary>
    public Guid ClaimId { get; private set; }

    public bool Completed { get; private set; }

    public int? StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    public byte[]? Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}
