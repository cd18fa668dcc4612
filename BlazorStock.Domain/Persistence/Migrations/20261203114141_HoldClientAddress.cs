using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorStock.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HoldClientAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientAddress",
                table: "Holds",
                type: "TEXT",
                maxLength: 45,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Holds_ActiveAddress",
                table: "Holds",
                columns: new[] { "ProductId", "ClientAddress" },
                filter: "\"ClientAddress\" IS NOT NULL AND \"Status\" = 'Active'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Holds_ActiveAddress",
                table: "Holds");

            migrationBuilder.DropColumn(
                name: "ClientAddress",
                table: "Holds");
        }
    }
}
