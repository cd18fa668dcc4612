using BlazorStock.Domain;
using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Stock;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Holds;

public sealed class HoldServiceTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Domain.Catalog.Warehouse _main = null!;
    private Domain.Catalog.Warehouse _east = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        (_main, _east) = await _store.WarehousesAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Holding_reserves_stock_and_expires_after_the_configured_duration()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 5));

        var result = await _store.HoldAsync("cart-a", desk.Id, 2);

        Assert.True(result.Created);
        Assert.Equal(2, result.Hold.Quantity);
        Assert.Equal(_store.Clock.Now + TimeSpan.FromMinutes(15), result.Hold.ExpiresAt);
        Assert.Equal(2, result.Hold.ExtensionsLeft);
        var level = await _store.LevelAsync(desk.Id, _main.Id);
        Assert.Equal((5, 2, 3), (level.OnHand, level.Reserved, level.Available));
    }

    [Fact]
    public async Task Holding_the_same_product_again_grows_the_existing_hold()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 5));
        var first = await _store.HoldAsync("cart-a", desk.Id, 1);

        var second = await _store.HoldAsync("cart-a", desk.Id, 2);

        Assert.False(second.Created);
        Assert.Equal(first.Hold.Id, second.Hold.Id);
        Assert.Equal(3, second.Hold.Quantity);
        Assert.Equal(2, await _store.AvailableAsync(desk.Id));
        Assert.Equal(1, await _store.QueryAsync(db => db.Holds.CountAsync()));
    }

    [Fact]
    public async Task A_product_uses_its_own_hold_duration_when_it_has_one()
    {
        var drop = await _store.ProductAsync("Drop", d => d with { HoldDuration = TimeSpan.FromMinutes(3) }, (_main, 5));

        var result = await _store.HoldAsync("cart-a", drop.Id, 1);

        Assert.Equal(_store.Clock.Now + TimeSpan.FromMinutes(3), result.Hold.ExpiresAt);
    }

    [Fact]
    public async Task Not_enough_stock_is_refused_with_what_is_available_and_nothing_moves()
    {
        var desk = await _store.ProductAsync("Walnut Desk", (_main, 2));

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.HoldAsync("cart-a", desk.Id, 3));

        Assert.Equal(ErrorCodes.InsufficientStock, error.Code);
        Assert.Equal("Only 2 'Walnut Desk' left; you asked for 3.", error.Message);
        Assert.Equal(2, error.Details["available"]);
        Assert.Equal(2, await _store.AvailableAsync(desk.Id));
        Assert.Equal(0, await _store.QueryAsync(db => db.Holds.CountAsync()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task Quantities_outside_one_to_the_line_maximum_are_refused(int quantity)
    {
        var desk = await _store.ProductAsync("Desk", (_main, 500));

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.HoldAsync("cart-a", desk.Id, quantity));

        Assert.Equal(ErrorCodes.InvalidQuantity, error.Code);
    }

    [Fact]
    public async Task Growing_past_the_line_maximum_is_refused()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 500));
        await _store.HoldAsync("cart-a", desk.Id, 60);

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.HoldAsync("cart-a", desk.Id, 41));

        Assert.Equal(ErrorCodes.InvalidQuantity, error.Code);
        Assert.Equal(440, await _store.AvailableAsync(desk.Id));
    }

    [Fact]
    public async Task Unknown_and_inactive_products_cannot_be_held()
    {
        var retired = await _store.ProductAsync("Retired", d => d with { IsActive = false }, (_main, 5));

        Assert.Equal(ErrorCodes.ProductNotFound, (await Assert.ThrowsAsync<DomainException>(() => _store.HoldAsync("c", 9999, 1))).Code);
        Assert.Equal(ErrorCodes.ProductInactive, (await Assert.ThrowsAsync<DomainException>(() => _store.HoldAsync("c", retired.Id, 1))).Code);
    }

    [Fact]
    public async Task One_warehouse_serves_the_line_when_it_can()
    {
        var lamp = await _store.ProductAsync("Lamp", (_main, 3), (_east, 6));

        var result = await _store.HoldAsync("cart-a", lamp.Id, 4);

        var hold = await _store.HoldByIdAsync(result.Hold.Id);
        var allocation = Assert.Single(hold.Allocations);
        Assert.Equal((_east.Id, 4), (allocation.WarehouseId, allocation.Quantity));
    }

    [Fact]
    public async Task A_line_no_single_warehouse_can_serve_is_split()
    {
        var lamp = await _store.ProductAsync("Lamp", (_main, 3), (_east, 4));

        var result = await _store.HoldAsync("cart-a", lamp.Id, 6);

        var hold = await _store.HoldByIdAsync(result.Hold.Id);
        Assert.Equal(6, hold.Allocations.Sum(a => a.Quantity));
        Assert.Equal(2, hold.Allocations.Count);
        Assert.Equal(1, await _store.AvailableAsync(lamp.Id));
    }

    [Fact]
    public async Task Changing_quantity_grows_and_shrinks_the_hold_atomically()
    {
        var lamp = await _store.ProductAsync("Lamp", (_main, 3), (_east, 4));
        var hold = (await _store.HoldAsync("cart-a", lamp.Id, 2)).Hold;

        var grown = await _store.HoldsAsync(h => h.ChangeQuantityAsync(hold.Id, HoldOwner.Cart("cart-a"), 6, CancellationToken.None));
        Assert.Equal(6, grown.Quantity);
        Assert.Equal(1, await _store.AvailableAsync(lamp.Id));

        var tooMany = await Assert.ThrowsAsync<DomainException>(() => _store.HoldsAsync(h => h.ChangeQuantityAsync(hold.Id, HoldOwner.Cart("cart-a"), 8, CancellationToken.None)));
        Assert.Equal(ErrorCodes.InsufficientStock, tooMany.Code);
        Assert.Equal(1, await _store.AvailableAsync(lamp.Id));

        var shrunk = await _store.HoldsAsync(h => h.ChangeQuantityAsync(hold.Id, HoldOwner.Cart("cart-a"), 1, CancellationToken.None));
        Assert.Equal(1, shrunk.Quantity);
        Assert.Equal(6, await _store.AvailableAsync(lamp.Id));
        var stored = await _store.HoldByIdAsync(hold.Id);
        Assert.Equal(1, stored.Allocations.Sum(a => a.Quantity));
    }

    [Fact]
    public async Task Extending_adds_the_extension_length_until_the_limits()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 5));
        var hold = (await _store.HoldAsync("cart-a", desk.Id, 1)).Hold;
        var start = _store.Clock.Now;
        var owner = HoldOwner.Cart("cart-a");

        var once = await _store.HoldsAsync(h => h.ExtendAsync(hold.Id, owner, null, CancellationToken.None));
        Assert.Equal(start + TimeSpan.FromMinutes(25), once.ExpiresAt);
        Assert.Equal(1, once.ExtensionsLeft);

        var twice = await _store.HoldsAsync(h => h.ExtendAsync(hold.Id, owner, null, CancellationToken.None));
        Assert.Equal(start + TimeSpan.FromMinutes(35), twice.ExpiresAt);
        Assert.Equal(0, twice.ExtensionsLeft);

        var third = await Assert.ThrowsAsync<DomainException>(() => _store.HoldsAsync(h => h.ExtendAsync(hold.Id, owner, null, CancellationToken.None)));
        Assert.Equal(ErrorCodes.ExtensionLimit, third.Code);
    }

    [Fact]
    public async Task Extending_never_goes_past_the_maximum_age()
    {
        await using var store = await TestStore.CreateAsync(s =>
        {
            s["Holds:Duration"] = "00:15:00";
            s["Holds:ExtensionLength"] = "00:30:00";
            s["Holds:MaxExtensions"] = "5";
            s["Holds:MaxAge"] = "00:40:00";
        });
        var (main, _) = await store.WarehousesAsync();
        var desk = await store.ProductAsync("Desk", (main, 5));
        var hold = (await store.HoldAsync("cart-a", desk.Id, 1)).Hold;
        var owner = HoldOwner.Cart("cart-a");

        var capped = await store.HoldsAsync(h => h.ExtendAsync(hold.Id, owner, null, CancellationToken.None));
        Assert.Equal(hold.CreatedAt + TimeSpan.FromMinutes(40), capped.ExpiresAt);

        var error = await Assert.ThrowsAsync<DomainException>(() => store.HoldsAsync(h => h.ExtendAsync(hold.Id, owner, null, CancellationToken.None)));
        Assert.Equal(ErrorCodes.HoldMaxAge, error.Code);
    }

    [Fact]
    public async Task A_hold_is_unusable_the_instant_it_expires_even_before_cleanup()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 5));
        var hold = (await _store.HoldAsync("cart-a", desk.Id, 1)).Hold;
        var owner = HoldOwner.Cart("cart-a");

        _store.Clock.Set(hold.ExpiresAt!.Value - TimeSpan.FromTicks(1));
        await _store.HoldsAsync(h => h.ChangeQuantityAsync(hold.Id, owner, 2, CancellationToken.None));

        _store.Clock.Set(hold.ExpiresAt!.Value);
        var extend = await Assert.ThrowsAsync<DomainException>(() => _store.HoldsAsync(h => h.ExtendAsync(hold.Id, owner, null, CancellationToken.None)));
        var change = await Assert.ThrowsAsync<DomainException>(() => _store.HoldsAsync(h => h.ChangeQuantityAsync(hold.Id, owner, 1, CancellationToken.None)));
        Assert.Equal(ErrorCodes.HoldExpired, extend.Code);
        Assert.Equal(ErrorCodes.HoldExpired, change.Code);
    }

    [Fact]
    public async Task Adding_a_product_whose_hold_just_expired_starts_a_new_hold()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 5));
        var old = (await _store.HoldAsync("cart-a", desk.Id, 2)).Hold;
        _store.Clock.Set(old.ExpiresAt!.Value);

        var fresh = await _store.HoldAsync("cart-a", desk.Id, 1);

        Assert.True(fresh.Created);
        Assert.NotEqual(old.Id, fresh.Hold.Id);
        Assert.Equal(HoldStatus.Expired, (await _store.HoldByIdAsync(old.Id)).Status);
        Assert.Equal(4, await _store.AvailableAsync(desk.Id));
    }

    [Fact]
    public async Task Expiry_releases_due_holds_exactly_at_the_boundary_and_not_before()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 5));
        var hold = (await _store.HoldAsync("cart-a", desk.Id, 2)).Hold;

        _store.Clock.Set(hold.ExpiresAt!.Value - TimeSpan.FromTicks(1));
        var early = await _store.HoldsAsync(h => h.ExpireDueAsync(500, CancellationToken.None));
        Assert.Equal(0, early.HoldsExpired);
        Assert.Equal(3, await _store.AvailableAsync(desk.Id));

        _store.Clock.Set(hold.ExpiresAt!.Value);
        var due = await _store.HoldsAsync(h => h.ExpireDueAsync(500, CancellationToken.None));
        Assert.Equal(1, due.HoldsExpired);
        Assert.Equal(5, await _store.AvailableAsync(desk.Id));
        Assert.Equal(HoldStatus.Expired, (await _store.HoldByIdAsync(hold.Id)).Status);
        Assert.Single(_store.Events.Of<HoldExpired>());
    }

    [Fact]
    public async Task Expiry_works_in_batches_oldest_first()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 50));
        var ids = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add((await _store.HoldAsync($"cart-{i}", desk.Id, 1)).Hold.Id);
            _store.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        _store.Clock.Advance(TimeSpan.FromMinutes(15));
        var result = await _store.HoldsAsync(h => h.ExpireDueAsync(3, CancellationToken.None));

        Assert.Equal((7, 3), (result.HoldsExpired, result.Batches));
        var order = _store.Events.Of<HoldExpired>().Select(e => e.Hold.Id).ToList();
        Assert.Equal(ids, order);
        Assert.Equal(50, await _store.AvailableAsync(desk.Id));
    }

    [Fact]
    public async Task Releasing_gives_the_stock_back_once()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 5));
        var hold = (await _store.HoldAsync("cart-a", desk.Id, 2)).Hold;
        var owner = HoldOwner.Cart("cart-a");

        var released = await _store.HoldsAsync(h => h.ReleaseAsync(hold.Id, owner, CancellationToken.None));
        var again = await Assert.ThrowsAsync<DomainException>(() => _store.HoldsAsync(h => h.ReleaseAsync(hold.Id, owner, CancellationToken.None)));

        Assert.Equal(HoldStatus.Released, released.Status);
        Assert.Equal(ErrorCodes.HoldNotActive, again.Code);
        Assert.Equal(5, await _store.AvailableAsync(desk.Id));
    }

    [Fact]
    public async Task Another_owners_hold_is_not_found()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 5));
        var hold = (await _store.HoldAsync("cart-a", desk.Id, 2)).Hold;
        var stranger = HoldOwner.Cart("cart-b");

        foreach (var attempt in new Func<HoldService, Task>[]
        {
            h => h.ReleaseAsync(hold.Id, stranger, CancellationToken.None),
            h => h.ExtendAsync(hold.Id, stranger, null, CancellationToken.None),
            h => h.ChangeQuantityAsync(hold.Id, stranger, 1, CancellationToken.None),
        })
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => _store.HoldsAsync(async h => { await attempt(h); return 0; }));
            Assert.Equal(ErrorCodes.HoldNotFound, error.Code);
        }

        Assert.Equal(3, await _store.AvailableAsync(desk.Id));
    }

    [Fact]
    public async Task A_per_customer_limit_caps_what_one_cart_holds()
    {
        var drop = await _store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 1 }, (_main, 5));
        await _store.HoldAsync("cart-a", drop.Id, 1);

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.HoldAsync("cart-a", drop.Id, 1));
        var other = await _store.HoldAsync("cart-b", drop.Id, 1);

        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
        Assert.True(other.Created);
        Assert.Equal(3, await _store.AvailableAsync(drop.Id));
    }

    [Fact]
    public async Task Every_change_is_audited_with_actor_and_correlation_id()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 5));
        await using (var scope = _store.Scope("shopper:cart-a", "req-42"))
        {
            var holds = scope.ServiceProvider.GetRequiredService<HoldService>();
            await holds.HoldAsync(new HoldRequest(HoldOwner.Cart("cart-a"), desk.Id, 2), CancellationToken.None);
        }

        var entries = await _store.QueryAsync(db => db.AuditEntries.Where(a => a.CorrelationId == "req-42").ToListAsync());
        Assert.Contains(entries, e => e is { Action: "hold.created", ObjectType: AuditObjectTypes.Hold, Actor: "shopper:cart-a" });
        var stock = Assert.Single(entries, e => e.ObjectType == AuditObjectTypes.StockLevel);
        Assert.Contains("\"reserved\":0", stock.OldValues);
        Assert.Contains("\"reserved\":2", stock.NewValues);
    }

    [Fact]
    public async Task Events_are_published_after_commit_and_never_for_a_refused_operation()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 2));
        _store.Events.Clear();

        await _store.HoldAsync("cart-a", desk.Id, 1);
        await Assert.ThrowsAsync<DomainException>(() => _store.HoldAsync("cart-b", desk.Id, 5));

        Assert.Single(_store.Events.Of<HoldCreated>());
        var change = Assert.Single(_store.Events.Of<StockLevelChanged>());
        Assert.Equal(1, change.Available);
    }
}
