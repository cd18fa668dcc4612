using Microsoft.AspNetCore.SignalR;

namespace BlazorStock.Web.Live;

/// <summary>Thin by design: browsers only join and leave groups; pushes come from <see cref="SignalRDomainEventPublisher"/>.</summary>
public sealed class StockHub : Hub<IStockClient>
{
    public const string StockGroup = "stock";

    public static string ProductGroup(int productId) => $"product:{productId}";

    public Task WatchStock() => Groups.AddToGroupAsync(Context.ConnectionId, StockGroup);

    public Task WatchProduct(int productId) => Groups.AddToGroupAsync(Context.ConnectionId, ProductGroup(productId));

    public Task UnwatchProduct(int productId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, ProductGroup(productId));
}
