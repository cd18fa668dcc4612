using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Jobs;

internal sealed class JobScheduleConfiguration : IEntityTypeConfiguration<JobSchedule>
{
    public void Configure(EntityTypeBuilder<JobSchedule> builder)
    {
        builder.ToTable("JobSchedules");
        builder.HasKey(s => s.Job);
        builder.Property(s => s.Job).HasMaxLength(100);
        builder.Property(s => s.Cron).HasMaxLength(200);
        builder.Property(s => s.ChangedBy).HasMaxLength(200);
    }
}
