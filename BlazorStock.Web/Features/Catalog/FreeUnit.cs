namespace BlazorStock.Web.Features.Catalog;

/// <summary>A serialized unit nobody holds or bought.</summary>
public sealed record FreeUnit(string SerialNumber, string Warehouse, string Condition);
