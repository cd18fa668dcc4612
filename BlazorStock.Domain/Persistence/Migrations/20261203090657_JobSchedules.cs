using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorStock.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JobSchedules : Migration
    {
        private static readonly (string Quartz, string Hangfire)[] Names =
            [("ExpireHolds", "expire-holds"), ("ConsistencyCheck", "consistency-check"), ("DailyReport", "daily-report")];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobSchedules",
                columns: table => new
                {
                    Job = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Cron = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsPaused = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSchedules", x => x.Job);
                });

            // Run history recorded under Quartz used the jobs' class-like names; Hangfire's recurring job ids are these.
            foreach (var (quartz, hangfire) in Names)
            {
                migrationBuilder.Sql($"UPDATE \"JobRuns\" SET \"Job\" = '{hangfire}' WHERE \"Job\" = '{quartz}';");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobSchedules");

            foreach (var (quartz, hangfire) in Names)
            {
                migrationBuilder.Sql($"UPDATE \"JobRuns\" SET \"Job\" = '{quartz}' WHERE \"Job\" = '{hangfire}';");
            }
        }
    }
}
