namespace BlazorStock.Web.Staff;

/// <summary>An option of a select box: a product, a warehouse.</summary>
public sealed record Choice(int Id, string Label);
