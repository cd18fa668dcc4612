namespace BlazorStock.Domain.Holds;

public enum HoldOwnerType
{
    Cart,
    Order,
    Manual,
}
