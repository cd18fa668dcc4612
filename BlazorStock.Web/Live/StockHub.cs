using BlazorStock.Web.Carts;
using Microsoft.AspNetCore.SignalR;

namespace BlazorStock.Web.Live;

/// <summary>
/// Live changes for API clients (docs/api.md). Thin by design: clients only join groups; pushes come from
/// <see cref="HubForwarder"/>. The app's own pages are Blazor circuits and get theirs in process.
/// </summary>
public sealed class StockHub(CartIdentity carts) : Hub<IStockClient>
{
    public const string StockGroup = "stock";

    public static string ProductGroup(int productId) => $"product:{productId}";

    public static string CartGroup(string cartId) => $"cart:{cartId}";

    public Task WatchStock() => Groups.AddToGroupAsync(Context.ConnectionId, StockGroup);

    public Task WatchProduct(int productId) => Groups.AddToGroupAsync(Context.ConnectionId, ProductGroup(productId));

    public Task UnwatchProduct(int productId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, ProductGroup(productId));

    /// <summary>
    /// Joins the group of the cart in this connection's own token (X-Cart-Token or the cart cookie), never of a
    /// cart the client names, so a client only ever hears about its own holds and orders. False when it has none.
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
}
