using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Customers;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Customers;

public sealed class CustomerServiceTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Warehouse _main = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        (_main, _) = await _store.WarehousesAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Signing_in_moves_the_anonymous_cart_grows_a_line_the_account_holds_and_keeps_what_cannot_move()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 10));
        var lamp = await _store.ProductAsync("Lamp", (_main, 10));
        var drop = await _store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 1 }, (_main, 10));
        await _store.HoldAsync(new HoldRequest(HoldOwner.Cart("account"), desk.Id, 1, CustomerId: "ann"));
        await _store.HoldAsync(new HoldRequest(HoldOwner.Cart("account"), drop.Id, 1, CustomerId: "ann"));
        await _store.HoldAsync("anon", desk.Id, 2);
        await _store.HoldAsync("anon", lamp.Id, 3);
        await _store.HoldAsync("anon", drop.Id, 1);

        var result = await Merge("anon", "account", "ann");

        Assert.Equal(2, result.Moved);
        var stayed = Assert.Single(result.NotMoved);
        Assert.Equal((drop.Id, 1), (stayed.ProductId, stayed.Quantity));
        Assert.Contains("limited to 1 per customer", stayed.Reason);
        var account = await ActiveAsync("account");
        Assert.Equal([(desk.Id, 3), (lamp.Id, 3), (drop.Id, 1)], account.Select(h => (h.ProductId, h.Quantity)).OrderBy(x => x.ProductId));
        Assert.Equal([drop.Id], (await ActiveAsync("anon")).Select(h => h.ProductId));
        Assert.Equal(7, await _store.AvailableAsync(desk.Id));
        Assert.Equal(7, await _store.AvailableAsync(lamp.Id));
        Assert.Empty(await _store.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_moved_line_of_a_limited_product_counts_for_the_account()
    {
        var drop = await _store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 1 }, (_main, 10));
        await _store.HoldAsync("anon", drop.Id, 1);

        await Merge("anon", "account", "ann");
        var again = await Assert.ThrowsAsync<BlazorStock.Domain.DomainException>(
            () => _store.HoldAsync(new HoldRequest(HoldOwner.Cart("other"), drop.Id, 1, CustomerId: "ann")));

        Assert.Equal(BlazorStock.Domain.ErrorCodes.LimitExceeded, again.Code);
        Assert.Equal("ann", (await ActiveAsync("account")).Single().CustomerId);
    }

    [Fact]
    public async Task Deleting_the_account_releases_its_holds_and_anonymises_its_orders()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 10));
        await _store.HoldAsync(new HoldRequest(HoldOwner.Cart("account"), desk.Id, 2, CustomerId: "ann"));
        var order = await _store.OrdersAsync(o => o.CheckoutAsync("account", "Ann Example", "ann", CancellationToken.None));
        await _store.HoldAsync(new HoldRequest(HoldOwner.Cart("account"), desk.Id, 3, CustomerId: "ann"));

        var released = await _store.RunAsync(sp => sp.GetRequiredService<CustomerService>().ForgetAsync("ann", "account", CancellationToken.None));

        Assert.Equal(1, released);
        var kept = await _store.QueryAsync(db => db.Orders.SingleAsync(o => o.Id == order.Id));
        Assert.Equal((Order.AnonymisedCustomer, null, null), (kept.Customer, kept.CustomerId, kept.CartId));
        Assert.Equal(8, await _store.AvailableAsync(desk.Id));
    }

    private Task<CartMergeResult> Merge(string from, string into, string customer) =>
        _store.RunAsync(sp => sp.GetRequiredService<CustomerService>().MergeCartAsync(from, into, customer, CancellationToken.None));

    private Task<List<Hold>> ActiveAsync(string cart) =>
        _store.QueryAsync(db => db.Holds.Where(h => h.OwnerType == HoldOwnerType.Cart && h.OwnerId == cart && h.Status == HoldStatus.Active).ToListAsync());
}
