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
}
