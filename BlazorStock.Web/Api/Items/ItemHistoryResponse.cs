namespace BlazorStock.Web.Api.Items;

public sealed record ItemHistoryResponse(ItemResponse Item, IReadOnlyList<ItemStatusChangeResponse> History);
