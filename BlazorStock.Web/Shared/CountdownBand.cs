namespace BlazorStock.Web.Shared;

/// <summary>A hold countdown's colour: green above 5 minutes, yellow at 5 or less, red at 1 or less (the same cut-offs as countdown.js).</summary>
public enum CountdownBand
{
    Green,
    Yellow,
    Red,
}
