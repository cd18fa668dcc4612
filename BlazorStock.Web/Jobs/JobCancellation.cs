using Quartz;

namespace BlazorStock.Web.Jobs;

public static class JobCancellation
{
    /// <summary>
    /// Cancelled by scheduler shutdown (the token Execute receives) or by Interrupt (the context's token):
    /// a job must stop for either.
    /// </summary>
    public static CancellationTokenSource For(IJobExecutionContext context, CancellationToken cancellationToken) =>
        CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken);
}
