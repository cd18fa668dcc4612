namespace BlazorStock.Domain.Holds;

/// <summary>A loaded hold's version and allocation quantities, taken before a set-based path changes it.</summary>
internal sealed class HoldOriginal
{
    private readonly Dictionary<long, int> _quantities;

    public HoldOriginal(Hold hold)
    {
        Version = hold.Version;
        Status = hold.Status;
        _quantities = hold.Allocations.ToDictionary(a => a.Id, a => a.Quantity);
    }

    public int Version { get; }

    public HoldStatus Status { get; }

    public int Quantity(HoldAllocation allocation) => _quantities.GetValueOrDefault(allocation.Id);
}
