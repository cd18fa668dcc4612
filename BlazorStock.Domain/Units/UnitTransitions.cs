namespace BlazorStock.Domain.Units;

/// <summary>The serialized unit lifecycle as data; every move not listed is rejected.</summary>
public static class UnitTransitions
{
    public static readonly IReadOnlyDictionary<UnitStatus, IReadOnlySet<UnitStatus>> Allowed =
        new Dictionary<UnitStatus, IReadOnlySet<UnitStatus>>
        {
            [UnitStatus.Available] = new HashSet<UnitStatus> { UnitStatus.Reserved, UnitStatus.Sold },
            [UnitStatus.Reserved] = new HashSet<UnitStatus> { UnitStatus.Available, UnitStatus.Sold },
            [UnitStatus.Sold] = new HashSet<UnitStatus> { UnitStatus.Delivered },
            [UnitStatus.Delivered] = new HashSet<UnitStatus>(),
        };

    public static bool CanMove(UnitStatus from, UnitStatus to) => Allowed[from].Contains(to);
}
