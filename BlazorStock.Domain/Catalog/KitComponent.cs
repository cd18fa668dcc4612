namespace BlazorStock.Domain.Catalog;

/// <summary>One line of a kit's bill of materials: holding one kit holds <see cref="Quantity"/> of the component.</summary>
public sealed class KitComponent
{
    private KitComponent()
    {
    }

    internal KitComponent(int componentId, int quantity)
    {
        ComponentId = componentId;
        Quantity = quantity;
    }

    public int KitId { get; private set; }

    public int ComponentId { get; private set; }

    public Product? Component { get; private set; }

    public int Quantity { get; private set; }
}
