namespace BlazorStock.Web.Staff;

public static class StaffEndpointExtensions
{
    /// <summary>Requires a staff policy and documents its refusals (401 without credentials, 403 with the wrong role).</summary>
    public static TBuilder RequireStaff<TBuilder>(this TBuilder builder, string policy)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
