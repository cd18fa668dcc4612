namespace BlazorStock.Bench.Circuits;

/// <param name="WorkingSetBytes">The server process's resident memory.</param>
/// <param name="HeapBytes">Managed heap in use after a full, compacting collection (when one was asked for).</param>
/// <param name="PinnedBytes">Of that heap, the pinned object heap: mostly Kestrel's pooled socket buffers, kept after connections close (and trimmed over time).</param>
/// <param name="CpuSeconds">The server process's CPU time so far, all threads.</param>
public sealed record ServerStats(long WorkingSetBytes, long HeapBytes, long PinnedBytes, double CpuSeconds, long ActiveCircuits, long ConnectedCircuits, int LiveSubscriptions, int Gen2Collections);

