using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Catalog;

/// <summary>Staff maintain products, kits and serialized units.</summary>
public sealed class CatalogService(StockWriter writer, OperationContext operation, ProductCache cache)
{
    public Task<Product> CreateProductAsync(ProductDetails details, IReadOnlyList<(int ComponentId, int Quantity)>? components, CancellationToken cancellationToken)
    {
        var product = new Product(details);
        return writer.WriteAsync(operation, async w =>
        {
            await EnsureSkuFreeAsync(w, product.Sku, null);
            w.Db.Products.Add(product);
            await w.Db.SaveChangesAsync();
            if (components is { Count: > 0 })
            {
                product.SetComponents(await LoadComponentsAsync(w, components));
            }

            w.Audit("product.created", AuditObjectTypes.Product, product.Id.ToString(), null, details);
            w.Publish(new ProductChanged(w.Now, product.Id));
            return product;
        }, cancellationToken);
    }

    public Task<Product> UpdateProductAsync(int productId, ProductDetails details, IReadOnlyList<(int ComponentId, int Quantity)>? components, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var product = await w.Db.Products.Include(p => p.Components).SingleOrDefaultAsync(p => p.Id == productId)
                ?? throw new DomainException(ErrorCodes.ProductNotFound, $"Product {productId} does not exist.");
            await EnsureSkuFreeAsync(w, details.Sku.Trim(), productId);
            var before = new { product.Sku, product.Name, product.Price, product.IsActive, product.Tracking, product.PerCustomerLimit };
            if (details.Tracking != product.Tracking && await HasStockAsync(w, productId))
            {
                // Counted stock would read as units that do not exist, and units as counts (found by the API fuzzer, issue 19).
                throw new DomainException(ErrorCodes.InvalidProduct,
                    $"'{product.Name}' has stock, so it stays {product.Tracking.ToString().ToLowerInvariant()}; write its stock off (and its units) before changing how it is tracked.");
            }

            product.Update(details);
            if (components is not null)
            {
                product.SetComponents(await LoadComponentsAsync(w, components));
            }

            w.Audit("product.updated", AuditObjectTypes.Product, product.Id.ToString(), before, details);
            cache.Evict(product.Id);
            w.Publish(new ProductChanged(w.Now, product.Id));
            return product;
        }, cancellationToken);

    /// <summary>Gives a product a new picture (PNG, JPEG or WebP, checked by its bytes), replacing any it had.</summary>
    public Task<Product> SetImageAsync(int productId, byte[] data, CancellationToken cancellationToken)
    {
        var image = ProductImage.From(productId, data);
        return writer.WriteAsync(operation, async w =>
        {
            var product = await w.Db.Products.SingleOrDefaultAsync(p => p.Id == productId)
                ?? throw new DomainException(ErrorCodes.ProductNotFound, $"Product {productId} does not exist.");
            if (await w.Db.ProductImages.SingleOrDefaultAsync(i => i.ProductId == productId) is { } existing)
            {
                existing.Replace(image);
            }
            else
            {
                w.Db.ProductImages.Add(image);
            }

            product.ImageReplaced();
            w.Audit("product.image", AuditObjectTypes.Product, product.Id.ToString(), null, new { image.ContentType, Bytes = data.Length, product.ImageVersion });
            cache.Evict(product.Id);
            w.Publish(new ProductChanged(w.Now, product.Id));
            return product;
        }, cancellationToken);
    }

    /// <summary>Receives serialized units into a warehouse: each becomes Available and counts as on hand.</summary>
    public Task<IReadOnlyList<SerializedUnit>> ReceiveUnitsAsync(int productId, int warehouseId, IReadOnlyList<string> serialNumbers, string condition, CancellationToken cancellationToken)
    {
        var serials = serialNumbers.Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (serials.Count == 0 || serials.Distinct(StringComparer.OrdinalIgnoreCase).Count() != serials.Count)
        {
            throw new DomainException(ErrorCodes.DuplicateSerial, "Give at least one serial number, each only once.");
        }

        return writer.WriteAsync<IReadOnlyList<SerializedUnit>>(operation, async w =>
        {
            var product = await w.Db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId)
                ?? throw new DomainException(ErrorCodes.ProductNotFound, $"Product {productId} does not exist.");
            if (!product.IsSerialized)
            {
                throw new DomainException(ErrorCodes.InvalidProduct, $"'{product.Name}' is not serialized.");
            }

            if (!await w.Db.Warehouses.AnyAsync(x => x.Id == warehouseId))
            {
                throw new DomainException(ErrorCodes.WarehouseNotFound, $"Warehouse {warehouseId} does not exist.");
            }

            var taken = await w.Db.SerializedUnits.Where(u => serials.Contains(u.SerialNumber)).Select(u => u.SerialNumber).ToListAsync();
            if (taken.Count > 0)
            {
                throw new DomainException(ErrorCodes.DuplicateSerial, $"Serial number(s) already exist: {string.Join(", ", taken)}.");
            }

            var units = serials.Select(s => new SerializedUnit(productId, warehouseId, s, condition)).ToList();
            w.Db.SerializedUnits.AddRange(units);
            await w.Db.SaveChangesAsync();
            foreach (var unit in units)
            {
                w.Audit("unit.received", AuditObjectTypes.Unit, unit.Id.ToString(), null, new { unit.SerialNumber, unit.Status, unit.WarehouseId });
            }

            await StockLedger.AdjustOnHandAsync(w, productId, warehouseId, units.Count, "Units received", null);
            return units;
        }, cancellationToken);
    }

    public Task<Warehouse> CreateWarehouseAsync(string code, string name, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var warehouse = new Warehouse(code.Trim(), name.Trim());
            w.Db.Warehouses.Add(warehouse);
            await w.Db.SaveChangesAsync();
            w.Audit("warehouse.created", "Warehouse", warehouse.Id.ToString(), null, new { warehouse.Code, warehouse.Name });
            return warehouse;
        }, cancellationToken);

    private static async Task EnsureSkuFreeAsync(WriteContext w, string sku, int? exceptProductId)
    {
        if (await w.Db.Products.AnyAsync(p => p.Sku == sku && p.Id != exceptProductId))
        {
            throw new DomainException(ErrorCodes.DuplicateSku, $"Another product already has SKU '{sku}'.");
        }
    }

    private static async Task<bool> HasStockAsync(WriteContext w, int productId) =>
        await w.Db.StockLevels.AnyAsync(s => s.ProductId == productId && (s.OnHand > 0 || s.Reserved > 0))
        || await w.Db.SerializedUnits.AnyAsync(u => u.ProductId == productId);

    private static async Task<IReadOnlyList<(Product Component, int Quantity)>> LoadComponentsAsync(WriteContext w, IReadOnlyList<(int ComponentId, int Quantity)> components)
    {
        var ids = components.Select(c => c.ComponentId).ToList();
        var found = await w.Db.Products.Include(p => p.Components).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        return components.Select(c => (found.GetValueOrDefault(c.ComponentId)
            ?? throw new DomainException(ErrorCodes.ProductNotFound, $"Component product {c.ComponentId} does not exist."), c.Quantity)).ToList();
    }
}
