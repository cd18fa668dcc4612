using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorStock.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JobHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    To = table.Column<long>(type: "INTEGER", nullable: false),
                    HoldsCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldsExpired = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldsConverted = table.Column<int>(type: "INTEGER", nullable: false),
                    MostHeldJson = table.Column<string>(type: "TEXT", nullable: false),
                    LowStockJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Job = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FireInstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DryRun = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoldsExpired = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitsReleased = table.Column<int>(type: "INTEGER", nullable: false),
                    OrdersCancelled = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailyReports_To",
                table: "DailyReports",
                column: "To");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_FireInstanceId",
                table: "JobRuns",
                column: "FireInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_Job_StartedAt",
                table: "JobRuns",
                columns: new[] { "Job", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_StartedAt",
                table: "JobRuns",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyReports");

            migrationBuilder.DropTable(
                name: "JobRuns");
        }
    }
}
