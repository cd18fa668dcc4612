using BlazorStock.Domain;
using BlazorStock.Domain.Consistency;
using BlazorStock.Domain.Jobs;
using Microsoft.Extensions.Options;
using Quartz;

namespace BlazorStock.Web.Jobs;

/// <summary>Records consistency findings; repairs them only when <c>Jobs:Consistency:AutoRepair</c> is on.</summary>
[DisallowConcurrentExecution]
public sealed class ConsistencyCheckJob(ConsistencyService consistency, OperationContext operation, IOptions<JobOptions> options) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken shutdown)
    {
        using var cancellation = JobCancellation.For(context, shutdown);
        var cancellationToken = cancellation.Token;
        operation.Actor = "job:ConsistencyCheck";
        var findings = await consistency.CheckAsync(cancellationToken);
        var repaired = 0;
        if (findings.Count > 0 && options.Value.Consistency.AutoRepair)
        {
            repaired = (await consistency.RepairAsync(null, cancellationToken)).Repaired.Count;
        }

        var listed = string.Join("; ", findings.Take(20).Select(f => $"{f.Kind} {f.ObjectType} {f.ObjectId}: {f.Description}"));
        context.Result = new JobCounts(
            Findings: findings.Count,
            Summary: findings.Count == 0 ? "No findings" : $"{findings.Count} finding(s), {repaired} repaired. {listed}");
    }
}
