using BlazorStock.Domain;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Features.Storefront;

namespace BlazorStock.Tests.Storefront;

public sealed class ShopperMessagesTests
{
    [Fact]
    public void Not_enough_of_a_kit_names_every_short_component()
    {
        var error = new DomainException(ErrorCodes.InsufficientStock, "…", new Dictionary<string, object?>
        {
            ["available"] = 1,
            ["shortComponents"] = new List<ComponentShortfall> { new(1, "Walnut Desk", 3, 1), new(2, "Ergonomic Chair", 3, 2) },
        });

        Assert.Equal("Only 1 left. (short of Walnut Desk, Ergonomic Chair)", ShopperMessages.For(error));
    }

    [Fact]
    public void Not_enough_of_a_plain_product_names_no_component()
    {
        var error = new DomainException(ErrorCodes.InsufficientStock, "…", new Dictionary<string, object?> { ["available"] = 0, ["shortComponents"] = Array.Empty<ComponentShortfall>() });

        Assert.Equal("None left to hold right now.", ShopperMessages.For(error));
    }
}
