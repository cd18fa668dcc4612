namespace BlazorStock.Web.Features.Staff.History;

/// <summary>One field of an audited object: its value before and after (null where it did not exist).</summary>
public sealed record FieldChange(string Name, string? Before, string? After)
{
    public bool Changed => Before != After;
}
