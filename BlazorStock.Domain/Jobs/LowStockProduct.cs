namespace BlazorStock.Domain.Jobs;

/// <summary>An active product at or below its low-stock threshold when the report was made.</summary>
public sealed record LowStockProduct(int ProductId, string Name, int Available, int Threshold);
