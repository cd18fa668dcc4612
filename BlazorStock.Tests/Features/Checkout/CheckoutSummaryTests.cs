using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Cart;
using BlazorStock.Web.Features.Checkout;
using Bunit;

namespace BlazorStock.Tests.Features.Checkout;

public sealed class CheckoutSummaryTests : UiContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_summary_totals_the_held_lines_and_lists_what_is_no_longer_held_with_what_can_be_held_again()
    {
        CartLineView[] lines =
        [
            new(Guid.NewGuid(), 1, "Walnut Desk", "DESK-WAL", 499m, 2, Now.AddMinutes(4), 2, null),
            new(Guid.NewGuid(), 2, "Desk Lamp", "LAMP-DSK", 59m, 1, Now.AddSeconds(50), 2, null),
        ];
        EndedLineView[] gone = [new(Guid.NewGuid(), 3, "Oak Bookshelf", 3, AvailableNow: 1, "your hold expired"), new(Guid.NewGuid(), 4, "Meeting Table", 1, 0, "your hold expired")];

        var summary = RenderWithProviders<CheckoutSummary>(p => p
            .Add(c => c.Lines, lines).Add(c => c.Unavailable, gone).Add(c => c.Now, Now).Add(c => c.PaymentWindow, TimeSpan.FromMinutes(15)));

        Assert.Equal("$1,057.00", summary.Find("[data-testid=checkout-total]").TextContent);
        Assert.Equal(["countdown-yellow", "countdown-red"], summary.FindAll(".countdown").Select(c => c.ClassList.Single(x => x.StartsWith("countdown-", StringComparison.Ordinal))));
        var unavailable = summary.Find("[data-testid=unavailable-lines]").TextContent;
        Assert.Contains("Oak Bookshelf", unavailable);
        Assert.Contains("Hold 1 again", unavailable);
        Assert.Contains("None can be held right now", unavailable);
        Assert.Contains("15 minutes to complete payment", summary.Markup);
    }
}
