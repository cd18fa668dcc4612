using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Units;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Units;

public sealed class SerializedUnitTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Warehouse _main = null!;
    private Product _camera = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        (_main, _) = await _store.WarehousesAsync();
        _camera = await _store.SerializedAsync("Camera", _main, 4);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public static TheoryData<UnitStatus, UnitStatus, bool> AllMoves()
    {
        var data = new TheoryData<UnitStatus, UnitStatus, bool>();
        var allowed = new HashSet<(UnitStatus, UnitStatus)>
        {
            (UnitStatus.Available, UnitStatus.Reserved), (UnitStatus.Reserved, UnitStatus.Available),
            (UnitStatus.Reserved, UnitStatus.Sold), (UnitStatus.Available, UnitStatus.Sold), (UnitStatus.Sold, UnitStatus.Delivered),
        };
        foreach (var from in Enum.GetValues<UnitStatus>())
        {
            foreach (var to in Enum.GetValues<UnitStatus>())
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void The_unit_lifecycle_allows_exactly_its_table(UnitStatus from, UnitStatus to, bool allowed) =>
        Assert.Equal(allowed, UnitTransitions.CanMove(from, to));

    [Fact]
    public void An_invalid_unit_move_is_refused_and_leaves_no_history()
    {
        var unit = new SerializedUnit(1, 1, "SN-1");

        var error = Assert.Throws<DomainException>(() => unit.MoveTo(UnitStatus.Delivered, new UnitChangeReason("x", "t"), DateTimeOffset.UnixEpoch));

        Assert.Equal(ErrorCodes.InvalidTransition, error.Code);
        Assert.Equal(UnitStatus.Available, unit.Status);
        Assert.Empty(unit.History);
    }

    [Fact]
    public async Task Holding_reserves_specific_units_with_history()
    {
        var hold = (await _store.HoldAsync("cart-a", _camera.Id, 2)).Hold;

        Assert.Equal(2, hold.UnitIds.Count);
        var units = await Units();
        Assert.All(units.Where(u => hold.UnitIds.Contains(u.Id)), u =>
        {
            Assert.Equal(UnitStatus.Reserved, u.Status);
            Assert.Equal(hold.Id, u.HoldId);
            var change = Assert.Single(u.History);
            Assert.Equal((UnitStatus.Available, UnitStatus.Reserved, "Hold", hold.Id.ToString()), (change.From, change.To, change.ReferenceType, change.ReferenceId));
        });
        Assert.Equal(2, await _store.AvailableAsync(_camera.Id));
    }

    [Fact]
    public async Task A_shopper_can_pick_units_and_a_taken_unit_is_refused()
    {
        var units = await Units();
        var pick = units[2].Id;
        var hold = (await _store.HoldAsync(new HoldRequest(HoldOwner.Cart("cart-a"), _camera.Id, 1, [pick]))).Hold;
        Assert.Equal([pick], hold.UnitIds);

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.HoldAsync(new HoldRequest(HoldOwner.Cart("cart-b"), _camera.Id, 1, [pick])));
        Assert.Equal(ErrorCodes.UnitUnavailable, error.Code);
    }

    [Fact]
    public async Task Releasing_returns_units_to_available()
    {
        var hold = (await _store.HoldAsync("cart-a", _camera.Id, 3)).Hold;

        await _store.HoldsAsync(h => h.ChangeQuantityAsync(hold.Id, hold.Owner, 1, CancellationToken.None));
        Assert.Equal(1, (await Units()).Count(u => u.Status == UnitStatus.Reserved));

        await _store.HoldsAsync(h => h.ReleaseAsync(hold.Id, hold.Owner, CancellationToken.None));
        var units = await Units();
        Assert.All(units, u => Assert.Equal(UnitStatus.Available, u.Status));
        Assert.Equal(4, await _store.AvailableAsync(_camera.Id));
    }

    [Fact]
    public async Task Units_follow_their_order_to_sold_and_delivered()
    {
        var hold = (await _store.HoldAsync("cart-a", _camera.Id, 1)).Hold;
        var order = await _store.OrdersAsync(o => o.CheckoutAsync("cart-a", "Ada", null, CancellationToken.None));
        await _store.OrdersAsync(o => o.PayAsync(order.Id, "cart-a", succeed: true, CancellationToken.None));
        await _store.OrdersAsync(o => o.TransitionAsync(order.Id, OrderStatus.Processing, null, CancellationToken.None));
        await _store.OrdersAsync(o => o.TransitionAsync(order.Id, OrderStatus.Shipped, null, CancellationToken.None));

        var unit = (await Units()).Single(u => u.Id == hold.UnitIds[0]);
        Assert.Equal((UnitStatus.Sold, order.Id), (unit.Status, unit.OrderId));
        var level = await _store.LevelAsync(_camera.Id, _main.Id);
        Assert.Equal((3, 0), (level.OnHand, level.Reserved));

        await _store.OrdersAsync(o => o.TransitionAsync(order.Id, OrderStatus.Delivered, null, CancellationToken.None));
        unit = (await Units()).Single(u => u.Id == hold.UnitIds[0]);
        Assert.Equal(UnitStatus.Delivered, unit.Status);
        Assert.Equal([UnitStatus.Reserved, UnitStatus.Sold, UnitStatus.Delivered], unit.History.OrderBy(h => h.Id).Select(h => h.To));
    }

    [Fact]
    public async Task Re_adding_after_a_hold_expired_can_take_the_units_that_hold_freed()
    {
        var hold = (await _store.HoldAsync("cart-a", _camera.Id, 4)).Hold;
        _store.Clock.Set(hold.ExpiresAt!.Value);

        var fresh = await _store.HoldAsync("cart-a", _camera.Id, 4);

        Assert.True(fresh.Created);
        Assert.Equal(4, fresh.Hold.UnitIds.Count);
        Assert.All(await Units(), u => Assert.Equal((UnitStatus.Reserved, fresh.Hold.Id), (u.Status, u.HoldId)));
    }

    [Fact]
    public async Task Duplicate_serial_numbers_are_refused()
    {
        var existing = (await Units())[0].SerialNumber;

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.CatalogAsync(c => c.ReceiveUnitsAsync(_camera.Id, _main.Id, [existing], "New", CancellationToken.None)));

        Assert.Equal(ErrorCodes.DuplicateSerial, error.Code);
    }

    [Fact]
    public async Task Serialized_stock_cannot_be_adjusted_as_a_plain_count()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => _store.StockAsync(s => s.AdjustAsync(_camera.Id, _main.Id, 1, "found one", CancellationToken.None)));

        Assert.Equal(ErrorCodes.InvalidProduct, error.Code);
    }

    private Task<List<SerializedUnit>> Units() =>
        _store.QueryAsync(db => db.SerializedUnits.AsNoTracking().Include(u => u.History).Where(u => u.ProductId == _camera.Id).OrderBy(u => u.SerialNumber).ToListAsync());
}
