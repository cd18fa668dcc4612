using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Idempotency;

/// <summary>Deletes expired idempotency keys every <see cref="IdempotencyOptions.PruneInterval"/>.</summary>
public sealed class IdempotencyPruner(IServiceScopeFactory scopes, TimeProvider time, IOptions<IdempotencyOptions> options, ILogger<IdempotencyPruner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var pruned = await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().PruneAsync(stoppingToken);
                if (pruned > 0)
                {
                    logger.LogInformation("Pruned {Count} expired idempotency keys", pruned);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Pruning idempotency keys failed; trying again next round");
            }
        }
    }
}
