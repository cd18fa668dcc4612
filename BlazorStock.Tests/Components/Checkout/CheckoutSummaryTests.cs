using BlazorStock.Tests.Support;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Components.Pages.Checkout;
using Bunit;

namespace BlazorStock.Tests.Components.Checkout;

public sealed class CheckoutSummaryTests : ComponentTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Lists_each_held_line_with_its_countdown_and_the_total()
    {
        var cut = Render<CheckoutSummary>(p => p
            .Add(s => s.Lines, [Line("Walnut Desk", 499m, 2, TimeSpan.FromMinutes(12)), Line("Desk Lamp", 59m, 1, TimeSpan.FromSeconds(45))])
            .Add(s => s.Now, Now)
            .Add(s => s.PaymentWindow, TimeSpan.FromMinutes(15)));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Walnut Desk", rows[0].TextContent);
        Assert.Contains("$998.00", rows[0].TextContent);
        Assert.Equal("12:00", rows[0].QuerySelector(".countdown")!.TextContent);
        Assert.Contains("countdown-red", rows[1].QuerySelector(".countdown")!.ClassList);
        Assert.Equal("$1,057.00", cut.Find("[data-testid=checkout-total]").TextContent);
        Assert.Contains("15 minutes to complete payment", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=unavailable-lines]"));
    }

    [Fact]
    public void Lines_no_longer_held_show_what_can_still_be_held_with_a_form_to_hold_it_again()
    {
        var cut = Render<CheckoutSummary>(p => p
            .Add(s => s.Lines, [Line("Walnut Desk", 499m, 1, TimeSpan.FromMinutes(3))])
            .Add(s => s.Unavailable, [new EndedLineView(Guid.NewGuid(), 5, "Oak Bookshelf", 3, 2), new EndedLineView(Guid.NewGuid(), 6, "Meeting Table", 1, 0)])
            .Add(s => s.Now, Now)
            .Add(s => s.PaymentWindow, TimeSpan.FromMinutes(1)));

        var unavailable = cut.Find("[data-testid=unavailable-lines]");
        var items = unavailable.QuerySelectorAll("li");
        Assert.Contains("Oak Bookshelf", items[0].TextContent);
        Assert.Contains("expired", items[0].TextContent);
        Assert.Contains("2 can still be held", items[0].TextContent);
        var form = items[0].QuerySelector("form")!;
        Assert.Equal("/cart/items", form.GetAttribute("action"));
        Assert.Equal("2", form.QuerySelector("input[name=quantity]")!.GetAttribute("value"));
        Assert.Equal("5", form.QuerySelector("input[name=productId]")!.GetAttribute("value"));
        Assert.Equal(Token, form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
        Assert.Contains("None can be held right now", items[1].TextContent);
        Assert.Null(items[1].QuerySelector("form"));
        Assert.Equal("$499.00", cut.Find("[data-testid=checkout-total]").TextContent);
        Assert.Contains("1 minute to complete payment", cut.Markup);
    }

    private static CartLineView Line(string name, decimal price, int quantity, TimeSpan left) =>
        new(Guid.NewGuid(), 1, name, "SKU", price, quantity, Now + left, 2, null);
}
