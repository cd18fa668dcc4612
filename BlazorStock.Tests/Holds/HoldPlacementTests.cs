using BlazorStock.Domain;
using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Stock;
using BlazorStock.Domain.Units;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Holds;

/// <summary>
/// Hold requests that wait together are placed as one set-based operation (docs/decisions/005). Each
/// test queues its requests behind a blocked writer so they really run as one batch, and checks that
/// every request gets the answer the single path would give, in arrival order.
/// </summary>
public sealed class HoldPlacementTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Warehouse _main = null!;
    private Warehouse _east = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        (_main, _east) = await _store.WarehousesAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Requests_in_one_batch_are_decided_in_arrival_order_each_with_its_own_answer()
    {
        var drop = await _store.ProductAsync("Drop", (_main, 5));
        var outcomes = await InOneBatchAsync(Enumerable.Range(1, 8).Select(i => new HoldRequest(HoldOwner.Cart($"c{i}"), drop.Id, 1)).ToArray());

        Assert.All(outcomes.Take(5), o => Assert.True(o.Result?.Created));
        Assert.All(outcomes.Skip(5), o => Assert.Equal(ErrorCodes.InsufficientStock, o.Error?.Code));
        Assert.Equal(0, outcomes[5].Error!.Details["available"]);
        var level = await _store.LevelAsync(drop.Id, _main.Id);
        Assert.Equal((5, 5), (level.OnHand, level.Reserved));

        // One stock movement for the batch, naming its holds; one audit entry per hold.
        var audit = await _store.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ObjectType == AuditObjectTypes.StockLevel && a.Action == "stock.reserved").ToListAsync());
        var reserved = Assert.Single(audit);
        Assert.Equal("Reserved for 5 hold(s)", reserved.Reason);
        Assert.Equal(5, await _store.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "hold.created")));
        Assert.Equal(5, Assert.Single(_store.Events.Of<StockLevelChanged>(), e => e.ProductId == drop.Id && e.Reason == "stock.reserved").Reserved);
        Assert.Equal(5, _store.Events.Of<HoldCreated>().Count());
    }

    [Fact]
    public async Task The_same_cart_twice_in_a_batch_grows_one_hold()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 10));
        var outcomes = await InOneBatchAsync(new HoldRequest(HoldOwner.Cart("a"), desk.Id, 2), new HoldRequest(HoldOwner.Cart("a"), desk.Id, 3));

        Assert.True(outcomes[0].Result!.Created);
        Assert.False(outcomes[1].Result!.Created);
        Assert.Equal(outcomes[0].Result!.Hold.Id, outcomes[1].Result!.Hold.Id);
        var hold = await _store.HoldByIdAsync(outcomes[0].Result!.Hold.Id);
        Assert.Equal(5, hold.Quantity);
        Assert.Equal(5, Assert.Single(hold.Allocations).Quantity);
        Assert.Equal(5, (await _store.LevelAsync(desk.Id, _main.Id)).Reserved);
    }

    [Fact]
    public async Task A_batch_grows_a_stored_hold_and_splits_across_warehouses_like_the_single_path()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 3), (_east, 2));
        var first = await _store.HoldAsync("a", desk.Id, 2);
        var outcomes = await InOneBatchAsync(new HoldRequest(HoldOwner.Cart("a"), desk.Id, 2), new HoldRequest(HoldOwner.Cart("b"), desk.Id, 2));

        Assert.Equal(first.Hold.Id, outcomes[0].Result!.Hold.Id);
        Assert.Equal(4, outcomes[0].Result!.Hold.Quantity);
        Assert.Equal(ErrorCodes.InsufficientStock, outcomes[1].Error?.Code);
        var hold = await _store.HoldByIdAsync(first.Hold.Id);
        Assert.Equal(4, hold.Quantity);
        Assert.Equal(4, hold.Allocations.Sum(a => a.Quantity));
        Assert.Equal(2, (await _store.LevelAsync(desk.Id, _main.Id)).Reserved);
        Assert.Equal(2, (await _store.LevelAsync(desk.Id, _east.Id)).Reserved);
        Assert.Empty(await _store.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_drop_limit_counts_holds_placed_earlier_in_the_same_batch()
    {
        var drop = await _store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 2 }, (_main, 10));
        var outcomes = await InOneBatchAsync(
            new HoldRequest(HoldOwner.Cart("a"), drop.Id, 1),
            new HoldRequest(HoldOwner.Cart("a"), drop.Id, 1),
            new HoldRequest(HoldOwner.Cart("a"), drop.Id, 1),
            new HoldRequest(HoldOwner.Cart("b"), drop.Id, 2));

        Assert.Null(outcomes[0].Error);
        Assert.Null(outcomes[1].Error);
        Assert.Equal(ErrorCodes.LimitExceeded, outcomes[2].Error?.Code);
        Assert.Null(outcomes[3].Error);
        Assert.Equal(4, (await _store.LevelAsync(drop.Id, _main.Id)).Reserved);
    }

    [Fact]
    public async Task Kits_in_a_batch_share_their_components_without_over_holding()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 3));
        var chair = await _store.ProductAsync("Chair", (_main, 4));
        var bundle = await _store.KitAsync("Bundle", (desk, 1), (chair, 2));
        var outcomes = await InOneBatchAsync(
            new HoldRequest(HoldOwner.Cart("a"), bundle.Id, 1),
            new HoldRequest(HoldOwner.Cart("b"), chair.Id, 1),
            new HoldRequest(HoldOwner.Cart("c"), bundle.Id, 1));

        Assert.Null(outcomes[0].Error);
        Assert.Null(outcomes[1].Error);
        Assert.Equal(ErrorCodes.InsufficientStock, outcomes[2].Error?.Code);
        Assert.Equal(new ComponentShortfall[] { new(chair.Id, "Chair", 2, 1) }, (IReadOnlyList<ComponentShortfall>)outcomes[2].Error!.Details["shortComponents"]!);
        Assert.Equal(1, (await _store.LevelAsync(desk.Id, _main.Id)).Reserved);
        Assert.Equal(3, (await _store.LevelAsync(chair.Id, _main.Id)).Reserved);
    }

    [Fact]
    public async Task Serialized_products_and_due_holds_are_left_to_the_single_path()
    {
        var camera = await _store.SerializedAsync("Camera", _main, 2);
        var desk = await _store.ProductAsync("Desk", (_main, 5));
        var due = await _store.HoldAsync("a", desk.Id, 2);
        _store.Clock.Advance(TimeSpan.FromHours(1));

        var outcomes = await InOneBatchAsync(
            new HoldRequest(HoldOwner.Cart("a"), desk.Id, 1),
            new HoldRequest(HoldOwner.Cart("b"), camera.Id, 1),
            new HoldRequest(HoldOwner.Cart("c"), desk.Id, 4));

        Assert.NotEqual(due.Hold.Id, outcomes[0].Result!.Hold.Id);
        Assert.True(outcomes[0].Result!.Created);
        Assert.Equal(HoldStatus.Expired, (await _store.HoldByIdAsync(due.Hold.Id)).Status);
        Assert.Single(outcomes[1].Result!.Hold.UnitIds);
        Assert.Equal(1, await _store.QueryAsync(db => db.SerializedUnits.CountAsync(u => u.ProductId == camera.Id && u.Status == UnitStatus.Reserved)));

        // Requests left to the single path run after the group: the batch is decided as if cart c came
        // before cart a, while a's due hold still held 2, which is one valid order of concurrent requests.
        Assert.Equal(3, outcomes[2].Error?.Details["available"]);
        Assert.Equal(1, (await _store.LevelAsync(desk.Id, _main.Id)).Reserved);
        Assert.Empty(await _store.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Refused_and_unknown_products_are_answered_without_spoiling_the_batch()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 5));
        var retired = await _store.ProductAsync("Retired", d => d with { IsActive = false }, (_main, 5));
        var outcomes = await InOneBatchAsync(
            new HoldRequest(HoldOwner.Cart("a"), 999_999, 1),
            new HoldRequest(HoldOwner.Cart("b"), retired.Id, 1),
            new HoldRequest(HoldOwner.Cart("c"), desk.Id, 1));

        Assert.Equal(ErrorCodes.ProductNotFound, outcomes[0].Error?.Code);
        Assert.Equal(ErrorCodes.ProductInactive, outcomes[1].Error?.Code);
        Assert.Null(outcomes[2].Error);
        Assert.Equal(1, (await _store.LevelAsync(desk.Id, _main.Id)).Reserved);
    }

    private async Task<List<(HoldResult? Result, DomainException? Error)>> InOneBatchAsync(params HoldRequest[] requests)
    {
        var gate = await _store.BlockWriterAsync();
        var pending = requests.Select(_store.HoldAsync).ToList();
        gate.SetResult();
        var outcomes = new List<(HoldResult?, DomainException?)>();
        foreach (var task in pending)
        {
            try
            {
                outcomes.Add((await task, null));
            }
            catch (DomainException error)
            {
                outcomes.Add((null, error));
            }
        }

        return outcomes;
    }
}
