namespace BlazorStock.Domain.Customers;

/// <summary>
/// How many units of one product one customer holds or has ordered within one drop window: the count
/// <see cref="Holds.CustomerLimit"/> moves with conditional statements, so racing holds of one account cannot pass the
/// product's per-customer limit. Never changed through EF Core.
/// </summary>
public sealed class CustomerLimitUsage
{
    private CustomerLimitUsage()
    {
    }

    public string CustomerId { get; private set; } = "";

    public int ProductId { get; private set; }

    /// <summary>
    /// UTC ticks of the drop start the units count in (<see cref="Holds.CustomerLimit.AllTime"/> for a product without one);
    /// a plain number, so the conditional statements compare it the same way on every database.
    /// </summary>
    public long Window { get; private set; }

    public int Used { get; private set; }
}
