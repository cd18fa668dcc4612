using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.SignalR;

namespace BlazorStock.Web.Live;

/// <summary>Thin by design: browsers only join and leave groups; pushes come from <see cref="SignalRDomainEventPublisher"/>.</summary>
public sealed class StockHub : Hub<IStockClient>
{
    public const string StockGroup = "stock";

    /// <summary>Back-office browsers: every hold, order and unit change, with owners and customers.</summary>
    public const string StaffGroup = "staff";

    public static string ProductGroup(int productId) => $"product:{productId}";

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
}
