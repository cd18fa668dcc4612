namespace BlazorStock.Web.Jobs;

public static class JobStates
{
    public const string Normal = "normal";
    public const string Paused = "paused";
    public const string Running = "running";
    public const string Error = "error";
}
