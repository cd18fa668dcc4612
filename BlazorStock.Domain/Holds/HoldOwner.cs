namespace BlazorStock.Domain.Holds;

/// <summary>Who a hold belongs to: a shopper's cart, an order, or staff holding stock by hand.</summary>
public sealed record HoldOwner(HoldOwnerType Type, string Id)
{
    public static HoldOwner Cart(string cartId) => new(HoldOwnerType.Cart, cartId);

    public static HoldOwner Order(Guid orderId) => new(HoldOwnerType.Order, orderId.ToString());

    public static HoldOwner Manual(string reference) => new(HoldOwnerType.Manual, reference);

    public override string ToString() => $"{Type}:{Id}";
}
