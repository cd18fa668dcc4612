namespace BlazorStock.Domain.Waitlist;

/// <summary>Bound from the <c>Waitlist</c> configuration section.</summary>
public sealed class WaitlistOptions
{
    public const string Section = "Waitlist";

    /// <summary>How long a hand-off hold lasts before its units pass to the next in line (not extendable).</summary>
    public TimeSpan HandOffDuration { get; set; } = TimeSpan.FromMinutes(10);
}
