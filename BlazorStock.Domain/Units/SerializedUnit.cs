namespace BlazorStock.Domain.Units;

/// <summary>One physical, serial-numbered item of a serialized product.</summary>
public sealed class SerializedUnit
{
    private readonly List<UnitStatusChange> _history = [];

    private SerializedUnit()
    {
    }

    public const int MaxSerialLength = 100;

    public const int MaxConditionLength = 50;

    public SerializedUnit(int productId, int warehouseId, string serialNumber, string condition = "New")
    {
        if (string.IsNullOrWhiteSpace(serialNumber) || serialNumber.Trim().Length > MaxSerialLength)
        {
            throw new DomainException(ErrorCodes.InvalidProduct, $"A serial number is required (at most {MaxSerialLength} characters).");
        }

        if (condition.Trim().Length > MaxConditionLength)
        {
            throw new DomainException(ErrorCodes.InvalidProduct, $"A condition is at most {MaxConditionLength} characters.");
        }

        ProductId = productId;
        WarehouseId = warehouseId;
        SerialNumber = serialNumber.Trim();
        Condition = string.IsNullOrWhiteSpace(condition) ? "New" : condition.Trim();
        Status = UnitStatus.Available;
    }

    public int Id { get; private set; }

    public int ProductId { get; private set; }

    public int WarehouseId { get; private set; }

    public string SerialNumber { get; private set; } = "";

    public string Condition { get; private set; } = "";

    public UnitStatus Status { get; private set; }

    /// <summary>The hold reserving this unit while it is Reserved.</summary>
    public Guid? HoldId { get; private set; }

    /// <summary>The order this unit was committed to or sold on.</summary>
    public Guid? OrderId { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<UnitStatusChange> History => _history;

    internal void Reserve(Guid holdId, UnitChangeReason reason, DateTimeOffset now)
    {
        MoveTo(UnitStatus.Reserved, reason, now);
        HoldId = holdId;
    }

    internal void Release(UnitChangeReason reason, DateTimeOffset now)
    {
        MoveTo(UnitStatus.Available, reason, now);
        HoldId = null;
        OrderId = null;
    }

    internal void CommitTo(Guid orderId)
    {
        OrderId = orderId;
        Version++;
    }

    internal void MoveTo(UnitStatus status, UnitChangeReason reason, DateTimeOffset now)
    {
        if (!UnitTransitions.CanMove(Status, status))
        {
            throw new DomainException(
                ErrorCodes.InvalidTransition,
                $"Unit {SerialNumber} cannot go from {Status} to {status}.",
                new Dictionary<string, object?> { ["from"] = Status.ToString(), ["to"] = status.ToString() });
        }

        _history.Add(new UnitStatusChange(Status, status, reason, now));
        Status = status;
        Version++;
    }
}
