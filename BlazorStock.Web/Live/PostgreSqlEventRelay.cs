using System.Text;
using System.Threading.Channels;
using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Persistence;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BlazorStock.Web.Live;

/// <summary>
/// Live updates across app servers on PostgreSQL (decision 010): the write path's committed events go to this
/// server's notifier as before and, through <c>NOTIFY</c>, to every other server, which hands them to its own
/// notifier. Each server <c>LISTEN</c>s on a connection of its own and skips what it sent itself. No broker:
/// PostgreSQL delivers notifications in commit order to every listening session. A notification carries at
/// most 8,000 bytes, so a busy batch is sent as several, each a JSON array of whole events.
/// </summary>
public sealed class PostgreSqlEventRelay(
    LiveEventPump pump, ProductCache products, IOptions<PersistenceOptions> persistence, ILogger<PostgreSqlEventRelay> logger) : BackgroundService, IDomainEventPublisher
{
    public const string Channel = "blazorstock_events";

    // Under PostgreSQL's 8,000-byte limit with room for the sender's id.
    private const int MaxPayloadBytes = 7_000;

    private readonly Channel<IReadOnlyList<DomainEvent>> _outgoing =
        System.Threading.Channels.Channel.CreateUnbounded<IReadOnlyList<DomainEvent>>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>This process among the app servers; a notification it sent comes back to it and is skipped.</summary>
    public string ServerId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Whether this server is listening now (health): while it is not, other servers' changes do not show live here.</summary>
    public bool Listening { get; private set; }

    public async ValueTask PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        await pump.PublishAsync(events, cancellationToken);
        _outgoing.Writer.TryWrite(events);
    }

    /// <summary>The payloads <paramref name="events"/> go out as: each under the size limit, each whole events.</summary>
    public static IEnumerable<string> Payloads(string serverId, IReadOnlyList<DomainEvent> events)
    {
        var chunk = new StringBuilder();
        var size = 0;
        foreach (var domainEvent in events)
        {
            var json = DomainEventJson.Serialize(domainEvent);
            var bytes = Encoding.UTF8.GetByteCount(json) + 1;
            if (size > 0 && size + bytes > MaxPayloadBytes)
            {
                yield return $"{serverId}|[{chunk}]";
                chunk.Clear();
                size = 0;
            }

            chunk.Append(size > 0 ? "," : "").Append(json);
            size += bytes;
        }

        if (size > 0)
        {
            yield return $"{serverId}|[{chunk}]";
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ListenerConnectionString());
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Received(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (!Listening)
                {
                    logger.LogInformation("Listening for other app servers' changes on PostgreSQL channel {Channel}", Channel);
                }

                Listening = true;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                if (Listening)
                {
                    logger.LogWarning(ex, "Lost the PostgreSQL connection that brings other app servers' changes; reconnecting");
                }

                Listening = false;
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private void Received(string payload)
    {
        var separator = payload.IndexOf('|', StringComparison.Ordinal);
        if (separator < 0 || payload.AsSpan(0, separator).SequenceEqual(ServerId))
        {
            return;
        }

        try
        {
            var events = DomainEventJson.Deserialize(payload[(separator + 1)..]);
            foreach (var changed in events.OfType<ProductChanged>())
            {
                products.Evict(changed.ProductId);
            }

            _ = pump.PublishAsync(events, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // A server of another version may send an event this one does not know: skipped, never fatal.
            logger.LogWarning(ex, "Skipped a notification from another app server that could not be read");
        }
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        NpgsqlConnection? connection = null;
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync(stoppingToken))
            {
                var events = new List<DomainEvent>();
                while (events.Count < 10_000 && _outgoing.Reader.TryRead(out var batch))
                {
                    events.AddRange(batch);
                }

                try
                {
                    if (connection is null)
                    {
                        connection = new NpgsqlConnection(persistence.Value.ConnectionString);
                        await connection.OpenAsync(stoppingToken);
                    }

                    await using var notify = new NpgsqlBatch(connection);
                    foreach (var payload in Payloads(ServerId, events))
                    {
                        notify.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, $2)") { Parameters = { new() { Value = Channel }, new() { Value = payload } } });
                    }

                    await notify.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The change is committed and shown on this server; other servers show it on their next read.
                    logger.LogWarning(ex, "Could not tell other app servers about {Count} changes", events.Count);
                    if (connection is not null)
                    {
                        await connection.DisposeAsync();
                        connection = null;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    // Its own physical connection: a pooled one could be handed back with LISTEN still on.
    private string ListenerConnectionString() =>
        new NpgsqlConnectionStringBuilder(persistence.Value.ConnectionString) { Pooling = false, KeepAlive = 15 }.ConnectionString;
}
