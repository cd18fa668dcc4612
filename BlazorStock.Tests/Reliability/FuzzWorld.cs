namespace BlazorStock.Tests.Reliability;

/// <summary>What the API fuzzer aims at: real products, holds and orders, cart tokens and staff credentials.</summary>
public sealed record FuzzWorld(
    IReadOnlyList<int> Products,
    IReadOnlyList<Guid> Ids,
    IReadOnlyList<string> CartTokens,
    string AdminToken,
    string StaffToken,
    string StaffCookie);
