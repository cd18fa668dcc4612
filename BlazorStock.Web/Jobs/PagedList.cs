namespace BlazorStock.Web.Jobs;

/// <summary>One page of a list and how many items the whole list has (what a data grid's server paging needs).</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int TotalItems);
