namespace BlazorStock.Domain.Units;

/// <summary>Why a unit moved, and what caused it (a hold, an order), for its history.</summary>
public sealed record UnitChangeReason(string Reason, string Actor, string? ReferenceType = null, string? ReferenceId = null, string? Note = null);
