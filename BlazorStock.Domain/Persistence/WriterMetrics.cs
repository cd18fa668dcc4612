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
    public const string AuditIndexDuration = "blazorstock.writer.audit_index.duration";
    public const string AuditKeys = "blazorstock.writer.audit_index.keys";
    public const string TransientRetries = "blazorstock.writer.transient_retries";

    private readonly Histogram<int> _batchSize;
    private readonly Histogram<double> _batchDuration;
    private readonly Histogram<double> _commitDuration;
    private readonly Histogram<double> _auditIndexDuration;
    private readonly Counter<long> _auditKeys;
    private readonly Counter<long> _transientRetries;

    public WriterMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _batchSize = meter.CreateHistogram<int>(BatchSize, "{operation}", "Operations committed (or rolled back) in one write transaction.");
        _batchDuration = meter.CreateHistogram<double>(BatchDuration, "s", "Time one write transaction holds the writer, commit included.");
        _commitDuration = meter.CreateHistogram<double>(CommitDuration, "s", "Time the durable commit of one write transaction takes (WAL write and fsync).");
        _auditIndexDuration = meter.CreateHistogram<double>(AuditIndexDuration, "s", "Time one step of indexing the audit log holds the writer, commit included.");
        _auditKeys = meter.CreateCounter<long>(AuditKeys, "{key}", "Lookup keys written for audit entries.");
        _transientRetries = meter.CreateCounter<long>(TransientRetries, "{operation}", "Operations run again after PostgreSQL broke a deadlock with another server's writer (or a serialization failure).");
    }

    public void TransientRetried() => _transientRetries.Add(1);

    public void Committed(TimeSpan elapsed) => _commitDuration.Record(elapsed.TotalSeconds);

    public void AuditIndexed(int keys, TimeSpan elapsed)
    {
        _auditKeys.Add(keys);
        _auditIndexDuration.Record(elapsed.TotalSeconds);
    }

    public void BatchDone(int operations, TimeSpan elapsed)
    {
        _batchSize.Record(operations);
        _batchDuration.Record(elapsed.TotalSeconds);
    }
}
