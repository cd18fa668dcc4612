namespace BlazorStock.Web.Idempotency;

public enum IdempotencyOutcome
{
    Claimed,
    Replay,
    InFlight,
    DifferentRequest,
}
