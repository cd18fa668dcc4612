using System.Collections.Concurrent;
using System.Diagnostics;
using BlazorStock.Domain;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Live;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// Notes when each change of the watched product's reserved count committed (the writer publishes right after
/// its commit), as a Stopwatch timestamp: CLOCK_MONOTONIC on Linux, the same clock in the bench's client
/// process, so a circuit's delay runs from this commit to its render batch. Then hands the events on.
/// </summary>
public sealed class CommitRecorder(LiveEventPump pump) : IDomainEventPublisher
{
    private readonly ConcurrentQueue<(int Reserved, long At)> _commits = new();
    private int _watched = -1;

    public void Watch(int productId)
    {
        _commits.Clear();
        Volatile.Write(ref _watched, productId);
    }

    public IReadOnlyList<(int Reserved, long At)> Commits => _commits.ToArray();

    public ValueTask PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        var watched = Volatile.Read(ref _watched);
        if (watched >= 0)
        {
            var at = Stopwatch.GetTimestamp();
            foreach (var domainEvent in events)
            {
                if (domainEvent is StockLevelChanged changed && changed.ProductId == watched)
                {
                    _commits.Enqueue((changed.Reserved, at));
                }
            }
        }

        return pump.PublishAsync(events, cancellationToken);
    }
}
