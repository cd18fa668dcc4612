using System.Threading.Channels;
using BlazorStock.Domain;

namespace BlazorStock.Web.Live;

/// <summary>
/// Takes committed events from the write path and hands them to <see cref="LiveNotifier"/> on its own loop,
/// so the writer's thread never runs a subscriber. Under load the batches that queued up meanwhile are
/// dispatched as one, which is what keeps thousands of watchers cheap during a drop.
/// </summary>
public sealed class LiveEventPump(LiveNotifier notifier, ILogger<LiveEventPump> logger) : BackgroundService, IDomainEventPublisher
{
    private readonly Channel<IReadOnlyList<DomainEvent>> _queue =
        Channel.CreateUnbounded<IReadOnlyList<DomainEvent>>(new UnboundedChannelOptions { SingleReader = true });

    public ValueTask PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        _queue.Writer.TryWrite(events);
        return ValueTask.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                var events = new List<DomainEvent>();
                while (events.Count < 50_000 && reader.TryRead(out var batch))
                {
                    events.AddRange(batch);
                }

                try
                {
                    notifier.Dispatch(events);
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Dispatching {Count} live events failed", events.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
