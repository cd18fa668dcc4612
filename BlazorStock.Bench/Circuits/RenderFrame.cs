namespace BlazorStock.Bench.Circuits;

/// <param name="Type">RenderTreeFrameType: 1 element, 2 text, 3 attribute, 4 component, 5 region, 8 markup.</param>
/// <param name="SubtreeLength">For elements, components and regions: this frame and everything inside it.</param>
/// <param name="Name">The element's or attribute's name.</param>
/// <param name="Value">The text, markup or attribute value.</param>
public readonly record struct RenderFrame(int Type, int SubtreeLength, string? Name, string? Value, ulong EventHandlerId)
{
    public const int Element = 1;
    public const int Text = 2;
    public const int Attribute = 3;
}
