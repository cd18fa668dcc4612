using BlazorStock.Web.Carts;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.SignalR;

namespace BlazorStock.Web.Live;

/// <summary>Thin by design: browsers only join and leave groups; pushes come from <see cref="SignalRDomainEventPublisher"/>.</summary>
public sealed class StockHub(CartIdentity carts) : Hub<IStockClient>
{
    public const string StockGroup = "stock";

    public const string JobsGroup = "jobs";

    /// <summary>Back-office browsers: every hold, order and unit change, with owners and customers.</summary>
    public const string StaffGroup = "staff";

    public static string ProductGroup(int productId) => $"product:{productId}";

    public static string CartGroup(string cartId) => $"cart:{cartId}";

    public Task WatchStock() => Groups.AddToGroupAsync(Context.ConnectionId, StockGroup);

    /// <summary>
    /// Joins the staff group when the connection's user (the staff cookie sent with the connection) is
    /// Warehouse or Admin; anyone else is refused, since staff pushes name carts and customers (issue 4).
    /// </summary>
    public async Task<bool> WatchStaff()
    {
        if (!StaffRoles.All.Any(role => Context.User?.IsInRole(role) == true))
        {
            return false;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, StaffGroup);
        return true;
    }

    public Task WatchProduct(int productId) => Groups.AddToGroupAsync(Context.ConnectionId, ProductGroup(productId));

    public Task UnwatchProduct(int productId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, ProductGroup(productId));

    /// <summary>
    /// Joins the group of the cart in this connection's own cookie, never of a cart the client names, so a
    /// browser only ever hears about its own holds and orders. False when the connection has no cart yet.
    /// </summary>
    public async Task<bool> WatchCart()
    {
        if (Context.GetHttpContext() is not { } http || carts.Find(http) is not { } cartId)
        {
            return false;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, CartGroup(cartId));
        return true;
    }

    /// <summary>Admins on the jobs page hear about runs; anyone else joins nothing.</summary>
    public async Task<bool> WatchJobs()
    {
        if (Context.User?.IsInRole(StaffRoles.Admin) != true)
        {
            return false;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, JobsGroup);
        return true;
    }
}
