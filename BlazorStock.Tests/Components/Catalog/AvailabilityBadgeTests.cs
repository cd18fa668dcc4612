using BlazorStock.Tests.Support;
using BlazorStock.Web.Catalog;
using BlazorStock.Web.Components.Pages.Catalog;
using Bunit;

namespace BlazorStock.Tests.Components.Catalog;

public sealed class AvailabilityBadgeTests : ComponentTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void More_than_the_low_stock_threshold_is_in_stock()
    {
        var badge = RenderBadge(new ProductAvailability(1, 6, 5, null, [1]));

        Assert.Equal("In stock", badge.TextContent.Trim());
        Assert.Contains("text-bg-success", badge.ClassList);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(1)]
    public void At_or_below_the_threshold_says_only_n_left(int available)
    {
        var badge = RenderBadge(new ProductAvailability(1, available, 5, null, [1]));

        Assert.Equal($"Only {available} left", badge.TextContent.Trim());
        Assert.Contains("text-bg-warning", badge.ClassList);
    }

    [Theory]
    [InlineData(14 * 60 + 1, 15)]
    [InlineData(15 * 60, 15)]
    [InlineData(20, 1)]
    public void Nothing_available_but_held_says_when_it_may_free_up(int secondsUntilFree, int minutes)
    {
        var badge = RenderBadge(new ProductAvailability(1, 0, 5, Now.AddSeconds(secondsUntilFree), [1]));

        Assert.Equal($"Held by other shoppers — may free up in about {minutes} min", badge.TextContent.Trim());
        Assert.Contains("text-bg-info", badge.ClassList);
    }

    [Fact]
    public void Nothing_available_and_nothing_held_is_sold_out()
    {
        var badge = RenderBadge(new ProductAvailability(1, 0, 5, null, [1]));

        Assert.Equal("Sold out", badge.TextContent.Trim());
        Assert.Contains("text-bg-secondary", badge.ClassList);
    }

    [Fact]
    public void A_kit_badge_names_its_components_for_live_updates_and_can_swap_out_of_band()
    {
        var cut = Render<AvailabilityBadge>(p => p.Add(b => b.Availability, new ProductAvailability(9, 3, 0, null, [2, 4])).Add(b => b.Now, Now).Add(b => b.Oob, true));

        var badge = cut.Find("#badge-9");
        Assert.Equal("2 4 9", badge.GetAttribute("data-stock-ids"));
        Assert.Equal("true", badge.GetAttribute("hx-swap-oob"));
        Assert.Equal("In stock", badge.TextContent.Trim());
    }

    private AngleSharp.Dom.IElement RenderBadge(ProductAvailability availability)
    {
        var cut = Render<AvailabilityBadge>(p => p.Add(b => b.Availability, availability).Add(b => b.Now, Now));
        var badge = cut.Find(".availability-badge");
        Assert.False(badge.HasAttribute("hx-swap-oob"));
        return badge;
    }
}
