namespace BlazorStock.Web.Live;

/// <summary>Something staff should notice now (a product sold out), shown as a toast in the back office.</summary>
/// <param name="Tone">A Bootstrap colour: info, success, warning or danger.</param>
public sealed record StaffNotice(string Tone, string Text);
