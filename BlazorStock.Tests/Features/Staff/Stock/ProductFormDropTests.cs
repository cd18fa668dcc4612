using BlazorStock.Domain.Catalog;
using BlazorStock.Web.Features.Staff.Stock;

namespace BlazorStock.Tests.Features.Staff.Stock;

public sealed class ProductFormDropTests
{
    [Fact]
    public void A_drop_opening_typed_as_utc_reaches_the_domain_and_reads_back_the_same()
    {
        var form = new ProductForm { Sku = "DROP-1", Name = "Sneaker", Price = 100m, PerCustomerLimit = 1, RequiresSignIn = true, DropStarts = "2026-12-24 18:00" };

        var details = form.ToDetails();
        var product = new Product(details);

        Assert.Equal(new DateTimeOffset(2026, 12, 24, 18, 0, 0, TimeSpan.Zero), details.DropStartsAt);
        Assert.True(details.RequiresSignIn);
        Assert.True(form.Matches(product));
        Assert.Equal("2026-12-24 18:00", ProductForm.From(product).DropStarts);
    }

    [Theory]
    [InlineData("24/12/2026 18:00")]
    [InlineData("tomorrow")]
    public void An_opening_in_another_form_is_explained_not_guessed(string typed) =>
        Assert.Contains("yyyy-MM-dd HH:mm", ProductForm.DropStartsProblem(typed));

    [Fact]
    public void No_opening_is_fine() => Assert.Null(ProductForm.DropStartsProblem(" "));
}
