using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Stock;

/// <summary>Staff changes to on-hand stock: receipts and count corrections, each with a reason.</summary>
public sealed class StockService(StockWriter writer, OperationContext operation)
{
    public Task<StockLevel> AdjustAsync(int productId, int warehouseId, int delta, string reason, CancellationToken cancellationToken)
    {
        if ((StockAdjustmentRules.DeltaProblem(delta) ?? StockAdjustmentRules.ReasonProblem(reason)) is { } problem)
        {
            throw new DomainException(ErrorCodes.InvalidQuantity, problem);
        }

        return writer.WriteAsync(operation, async w =>
        {
            var product = await w.Db.Products.AsNoTracking().Include(p => p.Components).SingleOrDefaultAsync(p => p.Id == productId)
                ?? throw new DomainException(ErrorCodes.ProductNotFound, $"Product {productId} does not exist.");
            if (product.IsKit)
            {
                throw new DomainException(ErrorCodes.InvalidKit, $"'{product.Name}' is a kit; adjust its components' stock instead.");
            }

            if (product.IsSerialized)
            {
                throw new DomainException(ErrorCodes.InvalidProduct, $"'{product.Name}' is serialized; its stock changes by adding or removing units.");
            }

            if (!await w.Db.Warehouses.AnyAsync(x => x.Id == warehouseId))
            {
                throw new DomainException(ErrorCodes.WarehouseNotFound, $"Warehouse {warehouseId} does not exist.");
            }

            await StockLedger.AdjustOnHandAsync(w, productId, warehouseId, delta, reason.Trim(), null);
            return await w.Db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == productId && s.WarehouseId == warehouseId);
        }, cancellationToken);
    }
}
