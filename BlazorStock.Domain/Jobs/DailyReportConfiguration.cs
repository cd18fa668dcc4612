using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Jobs;

internal sealed class DailyReportConfiguration : IEntityTypeConfiguration<DailyReport>
{
    public void Configure(EntityTypeBuilder<DailyReport> builder)
    {
        builder.ToTable("DailyReports");
        builder.Ignore(r => r.Outcomes);
        builder.Ignore(r => r.MostHeld);
        builder.Ignore(r => r.LowStock);
        builder.HasIndex(r => r.To);
    }
}
