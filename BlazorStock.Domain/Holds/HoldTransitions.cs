namespace BlazorStock.Domain.Holds;

/// <summary>The hold lifecycle as data: only an active hold moves, and every move is terminal.</summary>
public static class HoldTransitions
{
    public static readonly IReadOnlyDictionary<HoldStatus, IReadOnlySet<HoldStatus>> Allowed =
        new Dictionary<HoldStatus, IReadOnlySet<HoldStatus>>
        {
            [HoldStatus.Active] = new HashSet<HoldStatus> { HoldStatus.Released, HoldStatus.Expired, HoldStatus.Converted },
            [HoldStatus.Released] = new HashSet<HoldStatus>(),
            [HoldStatus.Expired] = new HashSet<HoldStatus>(),
            [HoldStatus.Converted] = new HashSet<HoldStatus>(),
        };

    public static bool CanMove(HoldStatus from, HoldStatus to) => Allowed[from].Contains(to);
}
