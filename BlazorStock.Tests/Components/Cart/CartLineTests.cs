using BlazorStock.Tests.Support;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Components.Pages.Cart;
using Bunit;

namespace BlazorStock.Tests.Components.Cart;

public sealed class CartLineTests : ComponentTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(15 * 60, "countdown-green", "15:00")]
    [InlineData(5 * 60 + 1, "countdown-green", "05:01")]
    [InlineData(5 * 60, "countdown-yellow", "05:00")]
    [InlineData(61, "countdown-yellow", "01:01")]
    [InlineData(60, "countdown-red", "01:00")]
    [InlineData(1, "countdown-red", "00:01")]
    public void Countdown_is_coloured_by_time_left(int secondsLeft, string band, string text)
    {
        var cut = RenderLine(Line(expiresIn: TimeSpan.FromSeconds(secondsLeft)));

        var countdown = cut.Find(".countdown");
        Assert.Contains(band, countdown.ClassList);
        Assert.Single(countdown.ClassList, c => c.StartsWith("countdown-", StringComparison.Ordinal));
        Assert.Equal(text, countdown.TextContent);
        Assert.Equal("2026-11-01T12:00:00.000Z", DateTimeOffset.Parse(countdown.GetAttribute("data-expires-at")!).AddSeconds(-secondsLeft).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
    }

    [Fact]
    public void Extend_is_enabled_with_the_extensions_left_when_nothing_blocks_it()
    {
        var cut = RenderLine(Line(extensionsLeft: 2));

        var extend = ExtendButton(cut);
        Assert.False(extend.HasAttribute("disabled"));
        Assert.Contains("2 extensions left", cut.Markup);
        Assert.Equal($"/cart/holds/{cut.Instance.Line.HoldId}/extend", extend.Closest("form")!.GetAttribute("action"));
    }

    [Fact]
    public void Extend_is_disabled_with_the_reason_when_no_extensions_are_left()
    {
        const string reason = "This hold was already extended 2 times, the most allowed.";
        var cut = RenderLine(Line(extensionsLeft: 0, blocked: reason));

        var extend = ExtendButton(cut);
        Assert.True(extend.HasAttribute("disabled"));
        Assert.Equal(reason, extend.GetAttribute("title"));
        var why = cut.Find($"#{extend.GetAttribute("aria-describedby")}");
        Assert.Contains(reason, why.TextContent);
    }

    [Fact]
    public void An_expired_line_shows_expired_and_only_remove_stays_usable()
    {
        var cut = RenderLine(Line(expiresIn: TimeSpan.FromSeconds(-3)));

        Assert.Equal("Expired", cut.Find(".badge.text-bg-danger").TextContent);
        var countdown = cut.Find(".countdown");
        Assert.Equal("00:00", countdown.TextContent);
        Assert.Contains("countdown-red", countdown.ClassList);
        Assert.True(ExtendButton(cut).HasAttribute("disabled"));
        Assert.Contains("This hold has expired.", cut.Markup);
        Assert.True(cut.Find("input[name=quantity]").HasAttribute("disabled"));
        Assert.False(cut.Find("button[aria-label^='Remove']").HasAttribute("disabled"));
    }

    [Fact]
    public void Every_action_is_a_plain_form_post_with_an_antiforgery_field_that_htmx_enhances()
    {
        var cut = RenderLine(Line());

        var forms = cut.FindAll("form");
        Assert.Equal(3, forms.Count);
        foreach (var form in forms)
        {
            Assert.Equal("post", form.GetAttribute("method"));
            Assert.Equal(form.GetAttribute("action"), form.GetAttribute("hx-post"));
            Assert.Equal(Token, form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value"));
        }

        Assert.Equal("hold:expired", cut.Find("li.cart-line").GetAttribute("hx-trigger"));
    }

    [Fact]
    public void A_refusal_for_this_line_is_shown_on_it()
    {
        var cut = Render<CartLine>(p => p.Add(c => c.Line, Line()).Add(c => c.Now, Now).Add(c => c.Message, "Only 1 left."));

        Assert.Equal("Only 1 left.", cut.Find("[role=alert]").TextContent);
    }

    private IRenderedComponent<CartLine> RenderLine(CartLineView line) =>
        Render<CartLine>(p => p.Add(c => c.Line, line).Add(c => c.Now, Now));

    private static AngleSharp.Dom.IElement ExtendButton(IRenderedComponent<CartLine> cut) =>
        cut.FindAll("button").Single(b => b.TextContent.Contains("Extend", StringComparison.Ordinal));

    private static CartLineView Line(TimeSpan? expiresIn = null, int extensionsLeft = 2, string? blocked = null) =>
        new(Guid.NewGuid(), 7, "Walnut Desk", "DESK-WAL", 499m, 2, Now + (expiresIn ?? TimeSpan.FromMinutes(15)), extensionsLeft, blocked);
}
