using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Cart;
using Bunit;

namespace BlazorStock.Tests.Features.Cart;

public sealed class CartLineItemTests : UiContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(15 * 60, "countdown-green", "15:00")]
    [InlineData(5 * 60 + 1, "countdown-green", "05:01")]
    [InlineData(5 * 60, "countdown-yellow", "05:00")]
    [InlineData(61, "countdown-yellow", "01:01")]
    [InlineData(60, "countdown-red", "01:00")]
    [InlineData(1, "countdown-red", "00:01")]
    public void The_countdown_shows_time_left_in_its_colour_band_with_the_expiry_for_the_browser_to_tick(int secondsLeft, string band, string text)
    {
        var cut = RenderLine(Line(expiresIn: TimeSpan.FromSeconds(secondsLeft)));

        var countdown = cut.Find(".countdown");
        Assert.Contains(band, countdown.ClassList);
        Assert.Single(countdown.ClassList, c => c.StartsWith("countdown-", StringComparison.Ordinal));
        Assert.Equal(text, countdown.TextContent);
        Assert.Equal(Now.AddSeconds(secondsLeft), DateTimeOffset.Parse(countdown.GetAttribute("data-expires-at")!));
    }

    [Fact]
    public void Extend_is_enabled_with_the_extensions_left_when_nothing_blocks_it()
    {
        var cut = RenderLine(Line(extensionsLeft: 2));

        Assert.False(Extend(cut).HasAttribute("disabled"));
        Assert.Equal("2 extensions left", cut.Find("[data-testid=extend-note]").TextContent.Trim());
    }

    [Fact]
    public void Extend_is_disabled_with_the_domains_reason_which_the_button_points_to()
    {
        const string reason = "This hold was already extended 2 times, the most allowed.";
        var cut = RenderLine(Line(extensionsLeft: 0, blocked: reason));

        var extend = Extend(cut);
        Assert.True(extend.HasAttribute("disabled"));
        var why = cut.Find($"#{extend.GetAttribute("aria-describedby")}");
        Assert.Contains($"Cannot extend: {reason}", why.TextContent);
    }

    [Fact]
    public void The_quantity_field_allows_what_the_shop_configured_per_line()
    {
        var cut = RenderLine(Line(), maxQuantity: 7);

        Assert.Equal("7", cut.Find("input").GetAttribute("max"));
    }

    private IRenderedComponent<CartLineItem> RenderLine(CartLineView line, int maxQuantity = 100) =>
        RenderWithProviders<CartLineItem>(p => p.Add(c => c.Line, line).Add(c => c.Now, Now).Add(c => c.MaxQuantity, maxQuantity));

    private static AngleSharp.Dom.IElement Extend(IRenderedComponent<CartLineItem> cut) => cut.FindAll("button").Single(b => b.TextContent.Contains("Extend"));

    private static CartLineView Line(TimeSpan? expiresIn = null, int extensionsLeft = 2, string? blocked = null) =>
        new(Guid.NewGuid(), 1, "Walnut Desk", "DESK-WAL", 499m, 1, Now + (expiresIn ?? TimeSpan.FromMinutes(15)), extensionsLeft, blocked);
}
