using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorStock.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HoldOutcomesAndReleasedCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HoldsReleased",
                table: "DailyReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Holds_Closed",
                table: "Holds",
                columns: new[] { "ClosedAt", "Status" },
                filter: "\"ClosedAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Holds_Closed",
                table: "Holds");

            migrationBuilder.DropColumn(
                name: "HoldsReleased",
                table: "DailyReports");
        }
    }
}
