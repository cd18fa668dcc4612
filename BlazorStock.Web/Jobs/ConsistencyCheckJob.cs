using BlazorStock.Domain;
using BlazorStock.Domain.Consistency;
using BlazorStock.Domain.Jobs;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Jobs;

/// <summary>Records consistency findings; repairs them only when <c>Jobs:Consistency:AutoRepair</c> is on.</summary>
public sealed class ConsistencyCheckJob(JobGate gate, ConsistencyService consistency, IOptions<JobOptions> options)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]

    // One retry is safe: the check only reads, and a repair recomputes each count from holds, orders and
    // units, so repeating it finds nothing left to do. More would only overlap the next hourly run.
    [AutomaticRetry(Attempts = 1)]
    [JobDisplayName("Consistency check")]
    public async Task<JobResult> RunAsync(PerformContext? context, CancellationToken cancellationToken)
    {
        if (await gate.SkipIfPausedAsync(JobCatalog.ConsistencyCheck, context, cancellationToken) is { } skipped)
        {
            return skipped;
        }

        var findings = await consistency.CheckAsync(cancellationToken);
        var repaired = 0;
        if (findings.Count > 0 && options.Value.Consistency.AutoRepair)
        {
            repaired = (await consistency.RepairAsync(null, cancellationToken)).Repaired.Count;
        }

        var listed = string.Join("; ", findings.Take(20).Select(f => $"{f.Kind} {f.ObjectType} {f.ObjectId}: {f.Description}"));
        return new JobResult(
            Findings: findings.Count,
            Summary: findings.Count == 0 ? "No findings" : $"{findings.Count} finding(s), {repaired} repaired. {listed}");
    }
}
