using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Staff.History;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Staff.History;

/// <summary>The history page's list and timelines find the same entries as a scan of the whole log, with half of them indexed.</summary>
public sealed class AuditQueriesTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Domain.Catalog.Warehouse _main = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync(s => s["Persistence:AuditIndexInterval"] = "1.00:00:00");
        (_main, _) = await _store.WarehousesAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task One_objects_entries_page_newest_first_and_other_filters_narrow_them()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 100));
        var hold = (await _store.HoldAsync("cart-a", desk.Id, 1)).Hold.Id;
        for (var i = 0; i < 30; i++)
        {
            await _store.HoldAsync("cart-a", desk.Id, 1);
        }

        await _store.IndexAuditAsync();
        for (var i = 0; i < 30; i++)
        {
            await _store.HoldAsync("cart-a", desk.Id, 1);
        }

        var filter = new AuditFilter { Type = AuditObjectTypes.Hold, Id = $" {hold} " };
        var expected = await _store.QueryAsync(db => db.AuditEntries.Where(a => a.ObjectType == AuditObjectTypes.Hold && a.ObjectId == hold.ToString())
            .OrderByDescending(a => a.Id).Select(a => a.At).ToListAsync());

        var (first, next) = await _store.QueryAsync(db => AuditQueries.ListAsync(db, filter, CancellationToken.None));
        filter.Before = next;
        var (second, last) = await _store.QueryAsync(db => AuditQueries.ListAsync(db, filter, CancellationToken.None));
        var created = await _store.QueryAsync(db => AuditQueries.ListAsync(db, new AuditFilter { Type = AuditObjectTypes.Hold, Id = hold.ToString(), Action = "hold.created" }, CancellationToken.None));

        Assert.Equal(61, expected.Count);
        Assert.Equal(AuditQueries.PageSize, first.Count);
        Assert.Null(last);
        Assert.Equal(expected, first.Concat(second).Select(e => e.At));
        Assert.Equal(["hold.created"], created.Entries.Select(e => e.Action));
    }

    [Fact]
    public async Task An_orders_timeline_has_its_own_entries_its_holds_and_what_references_it()
    {
        var desk = await _store.ProductAsync("Desk", (_main, 10));
        var lamp = await _store.ProductAsync("Lamp", (_main, 10));
        var first = (await _store.HoldAsync("cart-a", desk.Id, 1)).Hold.Id;
        await _store.IndexAuditAsync();
        var second = (await _store.HoldAsync("cart-a", lamp.Id, 2)).Hold.Id;
        await _store.HoldAsync("cart-b", lamp.Id, 1);
        var order = await _store.OrdersAsync(o => o.CheckoutAsync(HoldOwner.Cart("cart-a").Id, "ann@example.com", null, CancellationToken.None));
        string[] holds = [first.ToString(), second.ToString()];
        var expected = await _store.QueryAsync(db => db.AuditEntries.Where(a => (a.ObjectType == AuditObjectTypes.Order && a.ObjectId == order.Id.ToString())
            || (a.ObjectType == AuditObjectTypes.Hold && holds.Contains(a.ObjectId)) || a.Reference == $"order:{order.Id}").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

        var timeline = await _store.QueryAsync(db => AuditQueries.ForOrderAsync(db, order.Id, CancellationToken.None));

        Assert.Equal(expected, timeline.Select(e => e.Action));
        Assert.Equal(2, expected.Count(a => a == "hold.transferred"));
        Assert.Contains(expected, a => a.StartsWith("order.", StringComparison.Ordinal));
    }
}
