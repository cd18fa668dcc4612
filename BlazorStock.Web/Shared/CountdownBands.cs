namespace BlazorStock.Web.Shared;

public static class CountdownBands
{
    public static CountdownBand For(TimeSpan left)
    {
        var seconds = Math.Max(0, (int)Math.Ceiling(left.TotalSeconds));
        return seconds > 300 ? CountdownBand.Green : seconds > 60 ? CountdownBand.Yellow : CountdownBand.Red;
    }

    public static string CssClass(CountdownBand band) => band switch
    {
        CountdownBand.Green => "countdown-green",
        CountdownBand.Yellow => "countdown-yellow",
        _ => "countdown-red",
    };
}
