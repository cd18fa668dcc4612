namespace BlazorStock.Domain.Stock;

public sealed record StockLevelChanged(
    DateTimeOffset OccurredAt,
    int ProductId,
    int WarehouseId,
    int OnHand,
    int Reserved,
    string Reason) : DomainEvent(OccurredAt)
{
    public int Available => OnHand - Reserved;
}
