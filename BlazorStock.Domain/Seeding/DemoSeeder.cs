using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Stock;

namespace BlazorStock.Domain.Seeding;

/// <summary>Demo catalog for Development: two warehouses, ~24 products, a kit, a serialized camera and a limited drop.</summary>
public sealed class DemoSeeder(CatalogService catalog, StockService stock, OperationContext operation)
{
    private static readonly (string Sku, string Name, string Category, decimal Price, int Main, int East, string Description)[] Plain =
    [
        ("DESK-WAL", "Walnut Desk", "Furniture", 499m, 8, 4, "Solid walnut desk, 140 × 70 cm."),
        ("CHAIR-ERG", "Ergonomic Chair", "Furniture", 329m, 10, 6, "Mesh back, adjustable lumbar support."),
        ("SHELF-OAK", "Oak Bookshelf", "Furniture", 259m, 5, 3, "Five shelves in oiled oak."),
        ("DESK-FRAME", "Standing Desk Frame", "Furniture", 389m, 6, 0, "Dual-motor sit/stand frame."),
        ("CAB-FILE", "Filing Cabinet", "Furniture", 149m, 7, 5, "Three lockable drawers."),
        ("TABLE-MEET", "Meeting Table", "Furniture", 799m, 2, 0, "Seats eight."),
        ("LAMP-DSK", "Desk Lamp", "Lighting", 59m, 20, 10, "Dimmable LED desk lamp."),
        ("LAMP-FLR", "Floor Lamp", "Lighting", 119m, 6, 4, "Arc floor lamp with linen shade."),
        ("LED-STRIP", "LED Strip 5 m", "Lighting", 29m, 40, 25, "Warm white, cuttable."),
        ("LIGHT-PEND", "Pendant Light", "Lighting", 89m, 3, 2, "Brass pendant, E27."),
        ("BULB-SMART4", "Smart Bulb 4-pack", "Lighting", 49m, 15, 15, "Tunable white, app controlled."),
        ("NOTE-A5", "Notebook A5", "Office", 9m, 120, 80, "Dotted, 192 pages."),
        ("PEN-GEL10", "Gel Pens 10-pack", "Office", 12m, 90, 60, "Black, 0.5 mm."),
        ("ORG-DESK", "Desk Organizer", "Office", 25m, 30, 20, "Bamboo, five compartments."),
        ("ARM-MON", "Monitor Arm", "Office", 139m, 9, 6, "Gas spring, up to 9 kg."),
        ("TRAY-CABLE", "Cable Tray", "Office", 35m, 25, 0, "Under-desk steel tray."),
        ("BOARD-WHITE", "Whiteboard 120 cm", "Office", 79m, 4, 1, "Magnetic, with marker tray."),
        ("KB-WIRELESS", "Wireless Keyboard", "Electronics", 89m, 18, 12, "Low-profile, multi-device."),
        ("MOUSE-WL", "Wireless Mouse", "Electronics", 49m, 25, 15, "Silent clicks, USB-C charging."),
        ("DOCK-USBC", "USB-C Dock", "Electronics", 179m, 8, 4, "Dual 4K, 100 W passthrough."),
        ("MON-27", "27\" Monitor", "Electronics", 349m, 5, 5, "QHD IPS, 75 Hz."),
        ("HP-NC", "Noise-Cancelling Headphones", "Electronics", 249m, 7, 3, "Over-ear, 30 h battery."),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        operation.Actor = "seed";
        var main = await catalog.CreateWarehouseAsync("MAIN", "Main warehouse", cancellationToken);
        var east = await catalog.CreateWarehouseAsync("EAST", "East depot", cancellationToken);

        var bySku = new Dictionary<string, Product>();
        foreach (var (sku, name, category, price, inMain, inEast, description) in Plain)
        {
            var product = await catalog.CreateProductAsync(new ProductDetails(sku, name, description, category, price), null, cancellationToken);
            bySku[sku] = product;
            await ReceiveAsync(product.Id, main.Id, inMain, cancellationToken);
            await ReceiveAsync(product.Id, east.Id, inEast, cancellationToken);
        }

        var kit = await catalog.CreateProductAsync(
            new ProductDetails("KIT-HOME", "Home Office Bundle", "Walnut desk, ergonomic chair and desk lamp, together.", "Bundles", 829m),
            [(bySku["DESK-WAL"].Id, 1), (bySku["CHAIR-ERG"].Id, 1), (bySku["LAMP-DSK"].Id, 1)],
            cancellationToken);

        var camera = await catalog.CreateProductAsync(
            new ProductDetails("CAM-X100", "Studio Camera X100", "Full-frame mirrorless body; every unit individually tracked.", "Electronics", 1899m, InventoryTracking.Serialized),
            null,
            cancellationToken);
        var serials = Enumerable.Range(1, 10).Select(i => $"CAM-X100-{i:0000}").ToList();
        await catalog.ReceiveUnitsAsync(camera.Id, main.Id, serials[..6], "New", cancellationToken);
        await catalog.ReceiveUnitsAsync(camera.Id, east.Id, serials[6..], "New", cancellationToken);

        var drop = await catalog.CreateProductAsync(
            new ProductDetails("DROP-SNKR", "Limited Edition Sneaker", "Numbered run of five pairs. One per customer.", "Drops", 240m,
                HoldDuration: TimeSpan.FromMinutes(10), PerCustomerLimit: 1, LowStockThreshold: 2),
            null,
            cancellationToken);
        await ReceiveAsync(drop.Id, main.Id, 5, cancellationToken);
        await AddImagesAsync([.. bySku.Values, kit, camera, drop], cancellationToken);
    }

    /// <summary>The demo pictures ship in this assembly (Seeding/Images, drawn for BlazorStock), one per SKU.</summary>
    private async Task AddImagesAsync(IEnumerable<Product> products, CancellationToken cancellationToken)
    {
        var assembly = typeof(DemoSeeder).Assembly;
        foreach (var product in products)
        {
            await using var image = assembly.GetManifestResourceStream($"Seeding.Images.{product.Sku}.png");
            if (image is null)
            {
                continue;
            }

            using var bytes = new MemoryStream();
            await image.CopyToAsync(bytes, cancellationToken);
            await catalog.SetImageAsync(product.Id, bytes.ToArray(), cancellationToken);
        }
    }

    private async Task ReceiveAsync(int productId, int warehouseId, int quantity, CancellationToken cancellationToken)
    {
        if (quantity > 0)
        {
            await stock.AdjustAsync(productId, warehouseId, quantity, "Initial stock", cancellationToken);
        }
    }
}
