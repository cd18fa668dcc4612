namespace BlazorStock.Web.Api.Admin;

/// <param name="Key">The finding to repair (its <c>key</c> from the check); null repairs every repairable finding.</param>
public sealed record RepairRequest(string? Key = null);
