namespace BlazorStock.Domain.Audit;

public static class AuditObjectTypes
{
    public const string Hold = "Hold";
    public const string StockLevel = "StockLevel";
    public const string Unit = "Unit";
    public const string Order = "Order";
    public const string Product = "Product";
    public const string Job = "Job";
    public const string Waitlist = "Waitlist";

    public static string StockLevelId(int productId, int warehouseId) => $"{productId}:{warehouseId}";
}
