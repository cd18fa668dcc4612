namespace BlazorStock.Tests.Reliability;

/// <summary>What the server answered with a 2xx about one hold: at least this much must survive any crash.</summary>
public sealed record AcknowledgedHold(Guid Id, int Cart, int Quantity, int Extensions, DateTimeOffset? ExpiresAt);
