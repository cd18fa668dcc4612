namespace BlazorStock.Domain.Catalog;

public sealed class Warehouse
{
    private Warehouse()
    {
    }

    public Warehouse(string code, string name)
    {
        Code = code;
        Name = name;
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";
}
