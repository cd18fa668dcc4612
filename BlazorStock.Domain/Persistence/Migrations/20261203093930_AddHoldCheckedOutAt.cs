using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorStock.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddHoldCheckedOutAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CheckedOutAt",
                table: "Holds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Holds_CheckedOut",
                table: "Holds",
                columns: new[] { "CheckedOutAt", "CreatedAt" },
                filter: "\"CheckedOutAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Holds_CheckedOut",
                table: "Holds");

            migrationBuilder.DropColumn(
                name: "CheckedOutAt",
                table: "Holds");
        }
    }
}
