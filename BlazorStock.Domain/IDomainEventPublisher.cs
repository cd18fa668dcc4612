namespace BlazorStock.Domain;

/// <summary>Receives committed events; the web host pushes them to browsers.</summary>
public interface IDomainEventPublisher
{
    ValueTask PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);
}
