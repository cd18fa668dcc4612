using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Orders;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Staff.Orders;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Features.Staff.Orders;

public sealed class OrdersPageTests : UiContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task Choosing_a_status_then_typing_a_customer_narrows_the_list_and_the_address_keeps_both()
    {
        var desk = await DeskAsync();
        var adaPaid = await PaidOrderAsync("cart-ada", "Ada Lovelace", desk);
        var adaPending = await StaffOrderAsync("Ada Lovelace", desk);
        var grace = await StaffOrderAsync("Grace Hopper", desk);
        var page = Open("/staff/orders");
        page.WaitForAssertion(() => Assert.Equal([grace, adaPending, adaPaid], Listed(page)));

        Choose(page, "Status", "Pending");

        page.WaitForAssertion(() => Assert.Equal([grace, adaPending], Listed(page)));
        Assert.EndsWith("/staff/orders?status=Pending", Navigation.Uri);

        page.Find("input[data-testid=customer-filter]").Input("lovelace");

        page.WaitForAssertion(() => Assert.Equal([adaPending], Listed(page)));
        Assert.EndsWith("/staff/orders?status=Pending&customer=lovelace", Navigation.Uri);
    }

    [Fact]
    public async Task An_address_with_days_lists_the_orders_placed_on_those_days_only_including_the_last()
    {
        var desk = await DeskAsync();
        var first = await StaffOrderAsync("Ada Lovelace", desk);
        Store.Clock.Advance(TimeSpan.FromDays(1));
        var second = await StaffOrderAsync("Grace Hopper", desk);
        Store.Clock.Advance(TimeSpan.FromDays(1));
        await StaffOrderAsync("Alan Turing", desk);
        var day = Store.Clock.Now.AddDays(-1).ToString("yyyy-MM-dd");

        var page = Open($"/staff/orders?to={day}");

        page.WaitForAssertion(() => Assert.Equal([second, first], Listed(page)));

        Navigation.NavigateTo($"/staff/orders?from={day}&to={day}");

        page.WaitForAssertion(() => Assert.Equal([second], Listed(page)));
    }

    [Fact]
    public async Task Sorting_by_total_puts_the_largest_first_then_the_smallest_and_the_address_says_so()
    {
        var desk = await DeskAsync();
        var two = await StaffOrderAsync("Ada Lovelace", desk, quantity: 2);
        var three = await StaffOrderAsync("Grace Hopper", desk, quantity: 3);
        var one = await StaffOrderAsync("Alan Turing", desk, quantity: 1);
        var page = Open("/staff/orders");
        page.WaitForAssertion(() => Assert.Equal([one, three, two], Listed(page)));

        await SortButton(page, "Total").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal([three, two, one], Listed(page)));
        Assert.EndsWith("/staff/orders?sort=-total", Navigation.Uri);

        await SortButton(page, "Total").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal([one, two, three], Listed(page)));
        Assert.EndsWith("/staff/orders?sort=total", Navigation.Uri);
    }

    [Fact]
    public async Task An_order_placed_elsewhere_appears_while_the_list_is_open()
    {
        var desk = await DeskAsync();
        var page = Open("/staff/orders");
        page.WaitForAssertion(() => Assert.Contains("No orders match these filters.", page.Markup));

        var placed = await PaidOrderAsync("cart-ada", "Ada Lovelace", desk);
        Push();

        page.WaitForAssertion(() => Assert.Equal([placed], Listed(page)));
    }

    private IRenderedComponent<OrdersPage> Open(string address)
    {
        Navigation.NavigateTo(address);
        return RenderWithProviders<OrdersPage>();
    }

    private static List<Guid> Listed(IRenderedComponent<OrdersPage> page) =>
        page.FindAll("[data-testid=orders-table] tbody tr").Select(r => Guid.Parse(r.GetAttribute("data-order-id")!)).ToList();

    private static AngleSharp.Dom.IElement SortButton(IRenderedComponent<OrdersPage> page, string column) =>
        page.FindAll("[data-testid=orders-table] th button").Single(b => b.TextContent.Trim() == column);

    private async Task<Product> DeskAsync()
    {
        var (main, _) = await Store.WarehousesAsync();
        return await Store.ProductAsync("Walnut Desk", (main, 50));
    }

    private async Task<Guid> StaffOrderAsync(string customer, Product product, int quantity = 1)
    {
        var order = await Store.OrdersAsync(o => o.CreateAsync(customer, [new OrderLineRequest(product.Id, quantity)], reserve: true, CancellationToken.None));
        Store.Clock.Advance(TimeSpan.FromMinutes(1));
        return order.Id;
    }

    private async Task<Guid> PaidOrderAsync(string cart, string customer, Product product)
    {
        await Store.HoldAsync(cart, product.Id, 1);
        var order = await Store.OrdersAsync(o => o.CheckoutAsync(cart, customer, null, CancellationToken.None));
        await Store.OrdersAsync(o => o.PayAsync(order.Id, cart, succeed: true, CancellationToken.None));
        Store.Clock.Advance(TimeSpan.FromMinutes(1));
        return order.Id;
    }
}
