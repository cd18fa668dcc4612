namespace BlazorStock.Domain.Holds;

public enum HoldStatus
{
    Active,
    Released,
    Expired,
    Converted,
}
