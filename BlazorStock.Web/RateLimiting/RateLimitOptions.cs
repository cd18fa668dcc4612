namespace BlazorStock.Web.RateLimiting;

/// <summary>Bound from the <c>RateLimits</c> configuration section; 0 turns a limit off.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int HoldsPerCartPerMinute { get; set; } = 30;

    public int HoldsPerIpPerMinute { get; set; } = 600;
}
