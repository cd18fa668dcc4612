using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Catalog;
using Bunit;

namespace BlazorStock.Tests.Features.Catalog;

public sealed class AvailabilityChipTests : UiContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(20, null, "In stock")]
    [InlineData(3, null, "Only 3 left")]
    [InlineData(0, 330, "Held by other shoppers — may free up in about 6 min")]
    [InlineData(0, 20, "Held by other shoppers — may free up in about 1 min")]
    [InlineData(0, null, "Sold out")]
    public void The_chip_says_what_a_shopper_can_do_now(int available, int? heldForSeconds, string text)
    {
        var availability = new ProductAvailability(1, available, LowStockThreshold: 5, heldForSeconds is { } s ? Now.AddSeconds(s) : null, [1]);

        var chip = RenderWithProviders<AvailabilityChip>(p => p.Add(c => c.Availability, availability).Add(c => c.Now, Now));

        Assert.Equal(text, chip.Find("[data-testid=availability]").TextContent.Trim());
    }
}
