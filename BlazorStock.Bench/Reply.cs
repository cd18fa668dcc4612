namespace BlazorStock.Bench;

/// <param name="Code">The problem's domain code for 4xx answers.</param>
/// <param name="Id">The hold's id when the answer carries one.</param>
public sealed record Reply(int Status, string? Code, Guid? Id)
{
    public bool Ok => Status is >= 200 and < 300;

    public string Outcome => Code is null ? Status.ToString() : $"{Status} {Code}";
}
