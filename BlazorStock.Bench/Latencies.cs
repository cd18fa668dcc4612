using System.Collections.Concurrent;
using System.Diagnostics;

namespace BlazorStock.Bench;

/// <summary>Collects request latencies and outcome counts for one scenario.</summary>
public sealed class Latencies
{
    private readonly ConcurrentBag<long> _ticks = [];
    private readonly ConcurrentDictionary<string, int> _outcomes = new();

    public int Count => _ticks.Count;

    public IReadOnlyDictionary<string, int> Outcomes => _outcomes;

    public async Task<T> TimeAsync<T>(Func<Task<T>> request, Func<T, string> outcome)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await request();
        _ticks.Add(Stopwatch.GetTimestamp() - start);
        _outcomes.AddOrUpdate(outcome(result), 1, (_, n) => n + 1);
        return result;
    }

    public void Add(TimeSpan latency) => _ticks.Add((long)(latency.TotalSeconds * Stopwatch.Frequency));

    public void CountOutcome(string outcome) => _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    public int OutcomeCount(string outcome) => _outcomes.GetValueOrDefault(outcome);

    public double PercentileMs(double percentile)
    {
        var sorted = _ticks.Order().ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        var index = (int)Math.Clamp(Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1);
        return sorted[index] * 1000.0 / Stopwatch.Frequency;
    }

    public string Describe() =>
        $"p50 {PercentileMs(50):0.0} ms, p95 {PercentileMs(95):0.0} ms, p99 {PercentileMs(99):0.0} ms; " +
        string.Join(", ", _outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}"));
}
