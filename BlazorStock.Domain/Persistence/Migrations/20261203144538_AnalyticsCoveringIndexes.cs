using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorStock.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AnalyticsCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Holds_Closed",
                table: "Holds");

            migrationBuilder.DropIndex(
                name: "IX_Holds_CreatedAt",
                table: "Holds");

            migrationBuilder.CreateIndex(
                name: "IX_Holds_Closed",
                table: "Holds",
                columns: new[] { "ClosedAt", "Status", "ProductId" },
                filter: "\"ClosedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Holds_Created",
                table: "Holds",
                columns: new[] { "CreatedAt", "ProductId", "Quantity", "ExtensionCount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Holds_Closed",
                table: "Holds");

            migrationBuilder.DropIndex(
                name: "IX_Holds_Created",
                table: "Holds");

            migrationBuilder.CreateIndex(
                name: "IX_Holds_Closed",
                table: "Holds",
                columns: new[] { "ClosedAt", "Status" },
                filter: "\"ClosedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Holds_CreatedAt",
                table: "Holds",
                column: "CreatedAt");
        }
    }
}
