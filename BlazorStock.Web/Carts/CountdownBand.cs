namespace BlazorStock.Web.Carts;

/// <summary>A hold countdown's colour: green above 5 minutes, yellow at 5 or less, red at 1 or less (same cut-offs as site.js).</summary>
public enum CountdownBand
{
    Green,
    Yellow,
    Red,
}
