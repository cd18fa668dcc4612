using System.Diagnostics.Metrics;

namespace BlazorStock.Domain.Persistence;

/// <summary>
/// The write path's instruments (meter <c>BlazorStock.Writer</c>): how many operations share a transaction
/// and how long a transaction holds the writer, which is what group commit and the shoppers' latency
/// depend on. Read them with <c>dotnet-counters monitor -n BlazorStock.Web --counters BlazorStock.Writer</c>.
/// </summary>
public sealed class WriterMetrics
{
    public const string MeterName = "BlazorStock.Writer";
    public const string BatchSize = "blazorstock.writer.batch.size";
    public const string BatchDuration = "blazorstock.writer.batch.duration";
    public const string CommitDuration = "blazorstock.writer.commit.duration";

    private readonly Histogram<int> _batchSize;
    private readonly Histogram<double> _batchDuration;
    private readonly Histogram<double> _commitDuration;

    public WriterMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _batchSize = meter.CreateHistogram<int>(BatchSize, "{operation}", "Operations committed (or rolled back) in one write transaction.");
        _batchDuration = meter.CreateHistogram<double>(BatchDuration, "s", "Time one write transaction holds the writer, commit included.");
        _commitDuration = meter.CreateHistogram<double>(CommitDuration, "s", "Time the durable commit of one write transaction takes (WAL write and fsync).");
    }

    public void Committed(TimeSpan elapsed) => _commitDuration.Record(elapsed.TotalSeconds);

    public void BatchDone(int operations, TimeSpan elapsed)
    {
        _batchSize.Record(operations);
        _batchDuration.Record(elapsed.TotalSeconds);
    }
}
