namespace BlazorStock.Domain.Holds;

/// <summary>
/// The hold lifecycle as data: an active hold is released, expires or converts; a converted hold (stock
/// committed to a paid order) is released only when that order is cancelled before it ships.
/// </summary>
public static class HoldTransitions
{
    public static readonly IReadOnlyDictionary<HoldStatus, IReadOnlySet<HoldStatus>> Allowed =
        new Dictionary<HoldStatus, IReadOnlySet<HoldStatus>>
        {
            [HoldStatus.Active] = new HashSet<HoldStatus> { HoldStatus.Released, HoldStatus.Expired, HoldStatus.Converted },
            [HoldStatus.Released] = new HashSet<HoldStatus>(),
            [HoldStatus.Expired] = new HashSet<HoldStatus>(),
            [HoldStatus.Converted] = new HashSet<HoldStatus> { HoldStatus.Released },
        };

    public static bool CanMove(HoldStatus from, HoldStatus to) => Allowed[from].Contains(to);
}
