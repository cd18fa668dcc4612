namespace BlazorStock.Web.Api;

/// <summary>Bound from the <c>Api</c> configuration section.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
