using System.Diagnostics;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// How long each sampled hold of a drop took to show on a page: from its commit (the server's timestamp,
/// <see cref="CommitRecorder"/>) to the first view of an availability at or below what it left. A view that
/// skipped values (coalesced refreshes) still counts every hold it covers, each from its own commit.
/// </summary>
public sealed class PushDelays
{
    /// <summary>Holds sampled per drop: enough for a p99 per viewer set, few enough for 5,000 viewers.</summary>
    private const int Samples = 200;
    private readonly int _units;
    private readonly SortedDictionary<int, long> _committed = [];

    /// <param name="commits">(reserved after the commit, its Stopwatch timestamp), in commit order.</param>
    public PushDelays(IEnumerable<long[]> commits, int units)
    {
        _units = units;
        var step = Math.Max(1, units / Samples);
        var next = step;
        foreach (var commit in commits)
        {
            // A hold counts as committed with the first commit that reserved at least its unit.
            for (; next <= commit[0] && next <= units; next += step)
            {
                _committed[next] = commit[1];
            }
        }

        MissingCommits = Enumerable.Range(1, units / step).Count(i => !_committed.ContainsKey(i * step));
    }

    public int SampledHolds => _committed.Count;

    /// <summary>Sampled holds whose commit was not recorded (should be none).</summary>
    public int MissingCommits { get; }

    /// <summary>Adds one viewer's delays for every sampled hold; returns how many it never showed.</summary>
    /// <param name="seen">(Stopwatch timestamp, availability shown), in arrival order.</param>
    public int Add(IReadOnlyList<(long At, int Value)> seen, Latencies into)
    {
        var unseen = 0;
        var next = 0;
        foreach (var (k, committed) in _committed)
        {
            while (next < seen.Count && seen[next].Value > _units - k)
            {
                next++;
            }

            if (next == seen.Count)
            {
                unseen++;
                continue;
            }

            into.Add(Stopwatch.GetElapsedTime(committed, Math.Max(committed, seen[next].At)));
        }

        return unseen;
    }
}
