namespace BlazorStock.Domain.Consistency;

public sealed class ConsistencyOptions
{
    public const string Section = "Consistency";

    public TimeSpan StaleHoldAge { get; set; } = TimeSpan.FromHours(24);
}
