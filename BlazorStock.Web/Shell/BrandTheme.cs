using MudBlazor;

namespace BlazorStock.Web.Shell;

/// <summary>BlazorStock's one theme: its brand colours and a system font stack (no web fonts, no CDN).</summary>
public static class BrandTheme
{
    private static readonly string[] Fonts = ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1F4E79",
            PrimaryDarken = "#163A5B",
            Secondary = "#B5651D",
            Tertiary = "#2E7D6B",
            Info = "#0277BD",
            Success = "#2E7D32",
            Warning = "#B26A00",
            Error = "#C62828",
            AppbarBackground = "#1F4E79",
            AppbarText = "#FFFFFF",
            Background = "#F6F7F9",
            Surface = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            TextPrimary = "#1B2430",
            TextSecondary = "#56606E",
            LinesDefault = "#E2E6EB",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts, FontWeight = "600", FontSize = "1.75rem" },
            H5 = new H5Typography { FontFamily = Fonts, FontWeight = "600", FontSize = "1.35rem" },
            H6 = new H6Typography { FontFamily = Fonts, FontWeight = "600", FontSize = "1.1rem" },
            Button = new ButtonTypography { FontFamily = Fonts, FontWeight = "600", TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
