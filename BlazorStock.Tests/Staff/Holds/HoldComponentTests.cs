using AngleSharp.Dom;
using Bunit;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Admin;
using BlazorStock.Web.Components.Pages.Staff.Holds;
using BlazorStock.Web.Staff;
using BlazorStock.Web.Staff.Holds;

namespace BlazorStock.Tests.Staff.Holds;

public sealed class HoldComponentTests : ComponentTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Hold_table_offers_release_and_extend_only_for_usable_holds_and_links_order_owners()
    {
        var orderId = Guid.NewGuid();
        var active = Row(HoldStatus.Active, HoldOwnerType.Cart, "cart0123456789", Now.AddMinutes(3), extensionsLeft: 2);
        var noExtensions = Row(HoldStatus.Active, HoldOwnerType.Cart, "cart2", Now.AddMinutes(3), extensionsLeft: 0);
        var orderHold = Row(HoldStatus.Active, HoldOwnerType.Order, orderId.ToString(), null);
        var due = Row(HoldStatus.Active, HoldOwnerType.Cart, "cart3", Now.AddSeconds(-1));
        var released = Row(HoldStatus.Released, HoldOwnerType.Cart, "cart4", Now.AddMinutes(-1));

        var cut = Render<HoldTable>(p => p.Add(t => t.Rows, [active, noExtensions, orderHold, due, released]).Add(t => t.Now, Now)
            .Add(t => t.WarehouseCodes, new Dictionary<int, string> { [1] = "MAIN" }).Add(t => t.ReturnUrl, "/staff/holds?status=Active"));

        IElement RowOf(HoldRow hold) => cut.Find($"tr[data-hold-id='{hold.Id}']");
        Assert.NotNull(RowOf(active).QuerySelector($"button[hx-post='/staff/holds/{active.Id}/extend']"));
        Assert.NotNull(RowOf(active).QuerySelector($"button[hx-post='/staff/holds/{active.Id}/release']"));
        Assert.Equal("/staff/holds?status=Active", RowOf(active).QuerySelector("input[name=ReturnUrl]")!.GetAttribute("value"));
        Assert.NotNull(RowOf(active).QuerySelector("input[name=Reason][required]"));
        Assert.Equal("03:00", RowOf(active).QuerySelector("[role=timer]")!.TextContent);
        Assert.Null(RowOf(noExtensions).QuerySelector("button[hx-post$='/extend']"));
        Assert.Null(RowOf(orderHold).QuerySelector("button[hx-post$='/extend']"));
        Assert.Equal($"/staff/orders/{orderId}", RowOf(orderHold).QuerySelector("a[href^='/staff/orders/']")!.GetAttribute("href"));
        Assert.Null(RowOf(due).QuerySelector("form"));
        Assert.Equal("Expiring", RowOf(due).QuerySelector("[data-testid=hold-status]")!.TextContent);
        Assert.Null(RowOf(released).QuerySelector("form"));
        Assert.Equal("MAIN", RowOf(active).QuerySelectorAll("td")[5].TextContent);
    }

    [Fact]
    public void Hold_filters_show_the_state_from_the_url_and_submit_as_a_get_to_the_holds_page()
    {
        var query = new HoldsQuery { Status = "active", Product = 7, Warehouse = 2, Owner = "Order", Expiring = 5, Sort = "expiresAt" };

        var cut = Render<HoldFilters>(p => p.Add(f => f.Query, query)
            .Add(f => f.Products, [new Choice(7, "Desk (DESK)"), new Choice(8, "Lamp (LAMP)")])
            .Add(f => f.Warehouses, [new Choice(1, "MAIN"), new Choice(2, "EAST")]));

        var form = cut.Find("form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/staff/holds", form.GetAttribute("action"));
        string Selected(string name) => cut.Find($"select[name={name}] option[selected]").GetAttribute("value")!;
        Assert.Equal(("Active", "7", "2", "Order", "expiresAt"), (Selected("status"), Selected("product"), Selected("warehouse"), Selected("owner"), Selected("sort")));
        Assert.Equal("5", cut.Find("input[name=expiring]").GetAttribute("value"));
    }

    [Fact]
    public void Holds_query_round_trips_through_the_url_and_drops_unknown_values()
    {
        var query = new HoldsQuery { Status = "Expired", Owner = "nonsense", Sort = "bogus", Expiring = 0, Product = 3, Cursor = "abc" };

        Assert.Equal("?status=Expired&product=3&cursor=abc", query.ToQueryString());
        Assert.Equal("?status=Expired&product=3&sort=expiresAt", query.ToQueryString(cursor: "", sort: "expiresAt"));
        Assert.Equal(new HoldFilter(HoldStatus.Expired, 3, null, null, null, "-createdAt"), query.ToFilter());
    }

    private static HoldRow Row(HoldStatus status, HoldOwnerType ownerType, string ownerId, DateTimeOffset? expiresAt, int extensionsLeft = 2) =>
        new(Guid.NewGuid(), 7, "DESK", "Walnut Desk", 2, status, ownerType, ownerId, Now.AddMinutes(-10), expiresAt, extensionsLeft,
            status == HoldStatus.Active ? null : Now, status == HoldStatus.Active ? null : "Removed", [1]);
}
