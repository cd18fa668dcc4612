namespace BlazorStock.Bench.Circuits;

/// <summary>
/// A button's click handler and the component that renders the button. A re-render may give the button a
/// new handler id (the old one is disposed); the new one arrives as an attribute edit of that component.
/// </summary>
public readonly record struct ClickTarget(int ComponentId, ulong EventHandlerId);
