namespace BlazorStock.Domain;

/// <summary>
/// Who is acting and which request caused it; scoped, filled in by the host. An HTTP request or a job run
/// sets <see cref="Actor"/> and <see cref="CorrelationId"/> for its whole scope. A Blazor circuit is one scope
/// for many user actions that may overlap, so it gives each action its own values with
/// <see cref="BeginAction"/>, which hold for that action's async flow only.
/// </summary>
public sealed class OperationContext
{
    private readonly AsyncLocal<Action?> _action = new();
    private string _actor = "system";
    private string? _correlationId;

    /// <summary>Who the audit log names. Set it for a whole scope; inside an action it would change nothing, so that throws.</summary>
    public string Actor
    {
        get => _action.Value?.Actor ?? _actor;
        set => _actor = _action.Value is null ? value : throw InsideAction();
    }

    /// <summary>The client's network address (a request's or a circuit's connection), for limits per address; null for jobs and tests.</summary>
    public string? ClientAddress { get; set; }

    public string? CorrelationId
    {
        get => _action.Value is { } action ? action.CorrelationId : _correlationId;
        set => _correlationId = _action.Value is null ? value : throw InsideAction();
    }

    /// <summary>From here on in the calling async flow (not beyond it), writes are audited as this action.</summary>
    public void BeginAction(string actor, string correlationId) => _action.Value = new Action(actor, correlationId);

    public static string NewCorrelationId() => Guid.NewGuid().ToString("N");

    private static InvalidOperationException InsideAction() =>
        new("This flow is an action (BeginAction): its actor and correlation id are the action's; begin another action to change them.");

    private sealed record Action(string Actor, string CorrelationId);
}
