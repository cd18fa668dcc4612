namespace BlazorStock.Bench;

/// <param name="Rate">Successful operations per second.</param>
/// <param name="Ok">False when an invariant was broken (oversell, drift): the run fails.</param>
public sealed record ScenarioResult(string Name, double Rate, Latencies Latencies, TimeSpan Elapsed, bool Ok, string Notes)
{
    /// <summary>Process CPU, allocation and GC per operation over the timed part (<see cref="ProcessCounters"/>).</summary>
    public string? Counters { get; init; }

    public override string ToString() =>
        $"{Name,-14} {Rate,9:0} /s  {Latencies.Describe()}  [{Elapsed.TotalSeconds:0.0} s]{(Notes.Length > 0 ? "  " + Notes : "")}{(Ok ? "" : "  ** INVARIANT BROKEN **")}" +
        (Counters is null ? "" : $"{Environment.NewLine}{"",-14} {Counters}");
}
