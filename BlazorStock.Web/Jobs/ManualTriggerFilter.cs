using BlazorStock.Web.Requests;
using Hangfire.Client;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Stamps a background job created by an operator (our <see cref="JobActions"/>, or "Trigger now" on the
/// Hangfire dashboard, which runs inside the admin's request) with who asked. The recurring job scheduler
/// creates jobs on its own threads, with neither, so scheduled runs stay unstamped.
/// </summary>
public sealed class ManualTriggerFilter(IHttpContextAccessor http) : IClientFilter
{
    public void OnCreating(CreatingContext context)
    {
        var actor = ManualTrigger.Actor
            ?? (http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? OperationActors.For(user, null) : null);
        if (actor is not null)
        {
            context.SetJobParameter(ManualTrigger.Parameter, actor);
        }
    }

    public void OnCreated(CreatedContext context)
    {
    }
}
