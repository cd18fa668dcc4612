using System.Text;
using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Live;

namespace BlazorStock.Tests.ScaleOut;

public sealed class EventRelayPayloadTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_busy_batch_goes_out_as_several_notifications_under_the_limit_and_arrives_whole_and_in_order()
    {
        var events = Enumerable.Range(0, 400).SelectMany(i => new DomainEvent[]
        {
            new HoldCreated(At, new HoldSnapshot(Guid.NewGuid(), HoldOwner.Cart($"cart-{i}"), i, $"SKU-{i}", $"Product «{i}»", 1, HoldStatus.Active, At, At.AddMinutes(15), 0, 2, [])),
            new StockLevelChanged(At, i, 1, 10, i % 10, "hold.created"),
            new ProductChanged(At, i),
        }).ToList();

        var payloads = PostgreSqlEventRelay.Payloads("server-a", events).ToList();

        Assert.True(payloads.Count > 1);
        Assert.All(payloads, p => Assert.True(Encoding.UTF8.GetByteCount(p) < 8000, $"{Encoding.UTF8.GetByteCount(p)} bytes"));
        Assert.All(payloads, p => Assert.StartsWith("server-a|[", p));
        var received = payloads.SelectMany(p => DomainEventJson.Deserialize(p["server-a|".Length..])).ToList();
        Assert.Equal(events, received, (a, b) => a.GetType() == b.GetType() && Same(a, b));
    }

    // Records compare lists by reference; the snapshot's unit ids are compared by content.
    private static bool Same(DomainEvent a, DomainEvent b) => a is HoldEvent x && b is HoldEvent y
        ? x.Hold with { UnitIds = [] } == y.Hold with { UnitIds = [] } && x.Hold.UnitIds.SequenceEqual(y.Hold.UnitIds)
        : a == b;
}
