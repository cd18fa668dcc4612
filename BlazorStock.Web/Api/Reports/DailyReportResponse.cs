using BlazorStock.Domain.Jobs;

namespace BlazorStock.Web.Api.Reports;

/// <param name="From">Start of the 24 hours the report covers (exclusive), UTC.</param>
/// <param name="To">End of the 24 hours (inclusive): when the report was made.</param>
/// <param name="HoldsExpired">Holds that closed in the period by expiring; with converted and released, every hold that closed.</param>
/// <param name="ConversionRate">Converted over the holds that closed in the period (converted + expired + released); null when none closed.</param>
/// <param name="ExpiryRate">Expired over the same; null when none closed.</param>
/// <param name="MostHeld">The five products most held by holds created in the period.</param>
/// <param name="LowStock">Active products at or below their low-stock threshold when the report was made.</param>
public sealed record DailyReportResponse(
    long Id,
    DateTimeOffset From,
    DateTimeOffset To,
    int HoldsCreated,
    int HoldsExpired,
    int HoldsConverted,
    int HoldsReleased,
    double? ConversionRate,
    double? ExpiryRate,
    IReadOnlyList<MostHeldProduct> MostHeld,
    IReadOnlyList<LowStockProduct> LowStock)
{
    public static DailyReportResponse Of(DailyReport report) =>
        new(report.Id, report.From, report.To, report.HoldsCreated, report.HoldsExpired, report.HoldsConverted, report.HoldsReleased,
            report.Outcomes.ConversionRate, report.Outcomes.ExpiryRate, report.MostHeld, report.LowStock);
}
