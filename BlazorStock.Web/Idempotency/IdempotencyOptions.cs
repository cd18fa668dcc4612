namespace BlazorStock.Web.Idempotency;

/// <summary>Bound from the <c>Idempotency</c> configuration section.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    public const string Header = "Idempotency-Key";

    public const int MaxKeyLength = 255;

    /// <summary>How long a key and its stored response are kept.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An in-flight marker older than this belongs to a request that died; a retry may take it over.</summary>
    public TimeSpan InFlightTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(15);
}
