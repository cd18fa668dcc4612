namespace BlazorStock.Tests.E2E;

/// <summary>
/// Where screenshot tests write: docs/screenshots when BLAZORSTOCK_SCREENSHOTS=1 (to refresh the committed
/// pictures), otherwise a fresh temp folder, so an ordinary test run never rewrites the repository.
/// </summary>
public static class ScreenshotFolder
{
    public static string Create()
    {
        string folder;
        if (Environment.GetEnvironmentVariable("BLAZORSTOCK_SCREENSHOTS") == "1")
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "BlazorStock.sln")))
            {
                root = root.Parent;
            }

            folder = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("BlazorStock.sln not found above the test output"), "docs", "screenshots");
        }
        else
        {
            folder = Path.Combine(Path.GetTempPath(), $"blazorstock-screenshots-{Guid.NewGuid():N}");
        }

        Directory.CreateDirectory(folder);
        return folder;
    }
}
