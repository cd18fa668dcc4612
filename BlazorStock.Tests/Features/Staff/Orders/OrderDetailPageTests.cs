using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Staff.Orders;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Features.Staff.Orders;

public sealed class OrderDetailPageTests : UiContext
{
    [Fact]
    public async Task A_staff_order_is_offered_only_the_moves_its_status_and_payment_allow_at_every_step()
    {
        var desk = await DeskAsync();
        var order = await Store.OrdersAsync(o => o.CreateAsync("Grace Hopper", [new OrderLineRequest(desk.Id, 2)], reserve: true, CancellationToken.None));
        var page = Open(order.Id);

        // Unpaid: no move forward, only a payment or a cancellation.
        page.WaitForAssertion(() => Assert.Equal((true, true), Offered(page)));
        Assert.Empty(Moves(page));

        var paying = page.Find("[data-testid=record-payment]").ClickAsync(new());
        Dialogs.WaitForAssertion(() => Assert.Contains("Payment reference", Dialogs.Markup));
        await Dialogs.Find("[data-testid=confirm]").ClickAsync(new());
        Dialogs.WaitForAssertion(() => Assert.Contains("A payment reference is required", Dialogs.Markup));
        Dialogs.Find("input[data-testid=reason]").Input("INV-2026-0042");
        await Dialogs.Find("[data-testid=confirm]").ClickAsync(new());
        await paying;

        page.WaitForAssertion(() => Assert.Equal([OrderStatus.Confirmed], Moves(page)));
        Assert.Equal((false, true), Offered(page));
        Assert.Equal((OrderStatus.Pending, PaymentStatus.Paid, "INV-2026-0042"), await StateAsync(order.Id));

        await MoveAsync(page, OrderStatus.Confirmed);
        page.WaitForAssertion(() => Assert.Equal([OrderStatus.Processing], Moves(page)));
        Assert.Equal((false, true), Offered(page));

        await MoveAsync(page, OrderStatus.Processing);
        page.WaitForAssertion(() => Assert.Equal([OrderStatus.Shipped], Moves(page)));
        Assert.Equal((false, false), Offered(page));

        await MoveAsync(page, OrderStatus.Shipped);
        page.WaitForAssertion(() => Assert.Equal([OrderStatus.Delivered], Moves(page)));

        await MoveAsync(page, OrderStatus.Delivered);
        page.WaitForAssertion(() => Assert.Contains("This order is delivered; nothing more to do.", page.Markup));
        Assert.Empty(Moves(page));
        Assert.Equal((false, false), Offered(page));
        Assert.Equal(OrderStatus.Delivered, (await StateAsync(order.Id)).Status);
        Assert.Equal((48, 0), await LevelAsync(desk.Id));
    }

    [Fact]
    public async Task A_shoppers_payment_elsewhere_changes_what_the_open_page_offers()
    {
        var desk = await DeskAsync();
        await Store.HoldAsync("cart-ada", desk.Id, 1);
        var order = await Store.OrdersAsync(o => o.CheckoutAsync("cart-ada", "Ada Lovelace", null, CancellationToken.None));
        var page = Open(order.Id);
        page.WaitForAssertion(() => Assert.Equal((true, true), Offered(page)));
        Assert.Empty(Moves(page));

        await Store.OrdersAsync(o => o.PayAsync(order.Id, "cart-ada", succeed: true, CancellationToken.None));
        Push();

        page.WaitForAssertion(() => Assert.Equal([OrderStatus.Processing], Moves(page)));
        Assert.Equal((false, true), Offered(page));
        Assert.Equal("Paid", page.Find("[data-testid=payment-status]").TextContent.Trim());
    }

    [Fact]
    public async Task Cancelling_a_paid_order_asks_why_refunds_it_and_gives_its_stock_back()
    {
        var desk = await DeskAsync();
        await Store.HoldAsync("cart-ada", desk.Id, 2);
        var order = await Store.OrdersAsync(o => o.CheckoutAsync("cart-ada", "Ada Lovelace", null, CancellationToken.None));
        await Store.OrdersAsync(o => o.PayAsync(order.Id, "cart-ada", succeed: true, CancellationToken.None));
        var page = Open(order.Id);
        page.WaitForAssertion(() => Assert.Equal((false, true), Offered(page)));

        var cancelling = page.FindAll("[data-testid=order-actions] button").Single(b => b.TextContent.Trim() == "Cancel order").ClickAsync(new());
        Dialogs.WaitForAssertion(() => Assert.Contains("a paid order is refunded", Dialogs.Markup));
        Dialogs.Find("textarea[data-testid=reason]").Input("Customer changed their mind");
        await Dialogs.Find("[data-testid=confirm]").ClickAsync(new());
        await cancelling;

        page.WaitForAssertion(() => Assert.Contains("This order is cancelled; nothing more to do.", page.Markup));
        Assert.Empty(Moves(page));
        Assert.Equal((OrderStatus.Cancelled, PaymentStatus.Refunded, (string?)null), await StateAsync(order.Id));
        Assert.Equal((50, 0), await LevelAsync(desk.Id));
        Assert.All(await Store.QueryAsync(db => db.Holds.AsNoTracking().Where(h => h.ProductId == desk.Id).ToListAsync()), h => Assert.Equal(HoldStatus.Released, h.Status));
    }

    private IRenderedComponent<OrderDetailPage> Open(Guid id) =>
        RenderWithProviders<OrderDetailPage>(p => p.Add(x => x.Id, id));

    /// <summary>The forward moves the page offers, by the status each leads to.</summary>
    private static List<OrderStatus> Moves(IRenderedComponent<OrderDetailPage> page) =>
        page.FindAll("[data-testid^=move-]").Select(b => Enum.Parse<OrderStatus>(b.GetAttribute("data-testid")!["move-".Length..])).ToList();

    /// <summary>Whether the page offers to record a payment and to cancel the order.</summary>
    private static (bool Payment, bool Cancel) Offered(IRenderedComponent<OrderDetailPage> page) =>
        (page.FindAll("[data-testid=record-payment]").Count == 1,
         page.FindAll("[data-testid=order-actions] button").Any(b => b.TextContent.Trim() == "Cancel order"));

    private static Task MoveAsync(IRenderedComponent<OrderDetailPage> page, OrderStatus to) =>
        page.Find($"[data-testid=move-{to}]").ClickAsync(new());

    private Task<(OrderStatus Status, PaymentStatus Payment, string? Reference)> StateAsync(Guid id) =>
        Store.QueryAsync(async db =>
        {
            var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == id);
            return (order.Status, order.PaymentStatus, order.PaymentReference);
        });

    private async Task<(int OnHand, int Reserved)> LevelAsync(int productId)
    {
        var level = await Store.QueryAsync(db => db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == productId));
        return (level.OnHand, level.Reserved);
    }

    private async Task<Product> DeskAsync()
    {
        var (main, _) = await Store.WarehousesAsync();
        return await Store.ProductAsync("Walnut Desk", (main, 50));
    }
}
