namespace BlazorStock.Domain.Holds;

/// <summary>Bound from the <c>Holds</c> configuration section.</summary>
public sealed class HoldOptions
{
    public const string Section = "Holds";

    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan ExtensionLength { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxExtensions { get; set; } = 2;

    /// <summary>No extension may push a hold's expiry past its creation plus this.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(1);

    public int MaxQuantityPerLine { get; set; } = 100;

    /// <summary>
    /// A limited product (one with a per-customer limit: a drop) may be held from one client address up to this
    /// many customers' limits at once: the limit is per cart and a script can open any number of carts
    /// (OWASP OAT-021, denial of inventory). Several shoppers can share an address (an office, a mobile
    /// network), hence more than one. 0 turns it off.
    /// </summary>
    public int CustomersPerAddress { get; set; } = 2;

    /// <summary>
    /// When a hold placed at <paramref name="now"/> expires: the product's own duration or the default, never
    /// past <see cref="MaxAge"/> (a product's longer duration must not outlive the cap).
    /// </summary>
    public DateTimeOffset FirstExpiry(DateTimeOffset now, TimeSpan? productDuration)
    {
        var duration = productDuration ?? Duration;
        return now + (duration < MaxAge ? duration : MaxAge);
    }
}
