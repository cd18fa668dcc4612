using BlazorStock.Domain.Holds;

namespace BlazorStock.Tests.Model;

public sealed class HoldModel(Guid id, string cart, int product, int quantity, DateTimeOffset createdAt, DateTimeOffset expiresAt)
{
    public Guid Id { get; } = id;

    public string Cart { get; } = cart;

    public int Product { get; } = product;

    public int Quantity { get; set; } = quantity;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset? ExpiresAt { get; set; } = expiresAt;

    public int Extensions { get; set; }

    public HoldStatus Status { get; set; } = HoldStatus.Active;

    /// <summary>Set once checkout hands the hold to an order.</summary>
    public Guid? OrderId { get; set; }

    public bool IsDue(DateTimeOffset now) => ExpiresAt is { } expiry && expiry <= now;
}
