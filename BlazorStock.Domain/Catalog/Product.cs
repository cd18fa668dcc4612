namespace BlazorStock.Domain.Catalog;

public sealed class Product
{
    private readonly List<KitComponent> _components = [];

    private Product()
    {
    }

    public Product(ProductDetails details)
    {
        Apply(details);
    }

    public int Id { get; private set; }

    public string Sku { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string Category { get; private set; } = "";

    public decimal Price { get; private set; }

    public bool IsActive { get; private set; }

    public InventoryTracking Tracking { get; private set; }

    /// <summary>Overrides <c>Holds:Duration</c> for this product (e.g. a short hold for a drop).</summary>
    public TimeSpan? HoldDuration { get; private set; }

    /// <summary>How many one customer may hold and buy in total: limited drops.</summary>
    public int? PerCustomerLimit { get; private set; }

    public int LowStockThreshold { get; private set; }

    /// <summary>Only a signed-in shopper may hold it (a fair drop: the per-customer limit then counts per account, issue 17).</summary>
    public bool RequiresSignIn { get; private set; }

    /// <summary>When shoppers may first hold it (a drop's opening); null when it is on sale whenever active.</summary>
    public DateTimeOffset? DropStartsAt { get; private set; }

    /// <summary>Whether a shopper can hold it at <paramref name="now"/> as far as the drop's opening goes.</summary>
    public bool IsOpenAt(DateTimeOffset now) => DropStartsAt is not { } opens || opens <= now;

    /// <summary>
    /// Why a shopper's cart cannot hold it now (not open yet, or it needs a signed-in shopper), or null. Staff and
    /// orders are not shoppers and are never refused by this.
    /// </summary>
    public DomainException? ShopperBlocker(DateTimeOffset now, bool signedIn)
    {
        if (!IsOpenAt(now))
        {
            return new DomainException(ErrorCodes.DropNotOpen, $"'{Name}' goes on sale at {DropStartsAt:yyyy-MM-dd HH:mm:ss} UTC.",
                new Dictionary<string, object?> { ["opensAt"] = DropStartsAt });
        }

        return RequiresSignIn && !signedIn
            ? new DomainException(ErrorCodes.SignInRequired, $"Sign in to buy '{Name}': it is limited per customer.")
            : null;
    }

    /// <summary>0 without a picture; grows with each new one, so its address changes and caches can keep it forever.</summary>
    public int ImageVersion { get; private set; }

    public IReadOnlyList<KitComponent> Components => _components;

    public bool IsKit => _components.Count > 0;

    public bool IsSerialized => Tracking == InventoryTracking.Serialized;

    /// <summary>
    /// How many can be held given each stocked product's available count: a kit's is the minimum over
    /// its components of floor(available / quantity per kit).
    /// </summary>
    public int AvailableFrom(IReadOnlyDictionary<int, int> availableByProduct) =>
        IsKit
            ? _components.Min(c => availableByProduct.GetValueOrDefault(c.ComponentId) / c.Quantity)
            : availableByProduct.GetValueOrDefault(Id);

    /// <summary>The stocked products (and how many of each) that <paramref name="quantity"/> of this product takes.</summary>
    public IReadOnlyList<(int ProductId, int Quantity)> StockNeeds(int quantity) =>
        IsKit
            ? _components.OrderBy(c => c.ComponentId).Select(c => (c.ComponentId, c.Quantity * quantity)).ToList()
            : [(Id, quantity)];

    internal void ImageReplaced() => ImageVersion++;

    public void Update(ProductDetails details)
    {
        if (IsKit && details.Tracking == InventoryTracking.Serialized)
        {
            throw new DomainException(ErrorCodes.InvalidKit, "A kit cannot be serialized; its components carry the stock.");
        }

        Apply(details);
    }

    /// <summary>Makes this product a kit of the given components (one level deep: a component cannot be a kit).</summary>
    public void SetComponents(IReadOnlyList<(Product Component, int Quantity)> components)
    {
        if (IsSerialized && components.Count > 0)
        {
            throw new DomainException(ErrorCodes.InvalidKit, "A serialized product cannot be a kit.");
        }

        foreach (var (component, quantity) in components)
        {
            if (component.Id == Id || component.IsKit)
            {
                throw new DomainException(ErrorCodes.InvalidKit, $"'{component.Name}' cannot be a component: a kit's parts must be plain products.");
            }

            if (quantity <= 0)
            {
                throw new DomainException(ErrorCodes.InvalidKit, $"Component '{component.Name}' needs a quantity of at least 1.");
            }
        }

        if (components.Select(c => c.Component.Id).Distinct().Count() != components.Count)
        {
            throw new DomainException(ErrorCodes.InvalidKit, "A component may appear only once in a kit.");
        }

        _components.Clear();
        _components.AddRange(components.Select(c => new KitComponent(c.Component.Id, c.Quantity)));
    }

    private void Apply(ProductDetails details)
    {
        if (ProductRules.Problems(details) is { Count: > 0 } problems)
        {
            throw new DomainException(ErrorCodes.InvalidProduct, string.Join(" ", problems));
        }

        Sku = details.Sku.Trim();
        Name = details.Name.Trim();
        Description = details.Description?.Trim() ?? "";
        Category = details.Category?.Trim() ?? "";
        Price = details.Price;
        Tracking = details.Tracking;
        IsActive = details.IsActive;
        HoldDuration = details.HoldDuration;
        PerCustomerLimit = details.PerCustomerLimit;
        LowStockThreshold = details.LowStockThreshold;
        RequiresSignIn = details.RequiresSignIn;
        DropStartsAt = details.DropStartsAt;
    }
}
