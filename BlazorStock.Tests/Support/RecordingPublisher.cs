using System.Collections.Concurrent;
using BlazorStock.Domain;

namespace BlazorStock.Tests.Support;

public sealed class RecordingPublisher : IDomainEventPublisher
{
    private readonly ConcurrentQueue<DomainEvent> _events = new();

    public IReadOnlyList<DomainEvent> Events => _events.ToArray();

    public IEnumerable<T> Of<T>() => _events.OfType<T>();

    public void Clear() => _events.Clear();

    public ValueTask PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            _events.Enqueue(e);
        }

        return ValueTask.CompletedTask;
    }
}
