namespace BlazorStock.Web.Live;

public sealed record StaffUnitChange(int UnitId, int ProductId, string SerialNumber, string From, string To);
