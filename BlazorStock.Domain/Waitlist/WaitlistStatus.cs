namespace BlazorStock.Domain.Waitlist;

public enum WaitlistStatus
{
    /// <summary>In line.</summary>
    Waiting,

    /// <summary>Freed units were handed to its cart as a hand-off hold; it left the line.</summary>
    HandedOff,

    /// <summary>The shopper left the line (or deleted their account).</summary>
    Left,

    /// <summary>Passed over when its turn came: its cart already held the product or its customer's limit was reached.</summary>
    Skipped,
}
