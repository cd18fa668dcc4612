namespace BlazorStock.Domain.Units;

public enum UnitStatus
{
    Available,
    Reserved,
    Sold,
    Delivered,
}
