using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Jobs;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.Property(r => r.Job).HasMaxLength(100);
        builder.Property(r => r.Trigger).HasMaxLength(200);
        builder.Property(r => r.FireInstanceId).HasMaxLength(100);
        builder.Property(r => r.Summary).HasMaxLength(4000);
        builder.HasIndex(r => new { r.Job, r.StartedAt });
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => r.FireInstanceId);
    }
}
