using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BlazorStock.Domain.Persistence.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class ShoppersAndWaitlist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DropStartsAt",
                table: "Products",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresSignIn",
                table: "Products",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "CustomerId",
                table: "Orders",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerId",
                table: "Holds",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FromWaitlist",
                table: "Holds",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "LimitWindow",
                table: "Holds",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CustomerLimitUsages",
                columns: table => new
                {
                    CustomerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Window = table.Column<long>(type: "bigint", nullable: false),
                    Used = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerLimitUsages", x => new { x.CustomerId, x.ProductId, x.Window });
                    table.CheckConstraint("CK_CustomerLimitUsages_Used", "\"Used\" >= 0");
                    table.ForeignKey(
                        name: "FK_CustomerLimitUsages_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WaitlistEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    CartId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CustomerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    JoinedAt = table.Column<long>(type: "bigint", nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    CloseReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HoldId = table.Column<Guid>(type: "uuid", nullable: true),
                    HandedQuantity = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitlistEntries", x => x.Id);
                    table.CheckConstraint("CK_WaitlistEntries_Handed", "\"HandedQuantity\" >= 0 AND \"HandedQuantity\" <= \"Quantity\"");
                    table.CheckConstraint("CK_WaitlistEntries_Quantity", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_CreatedAt",
                table: "Orders",
                columns: new[] { "CustomerId", "CreatedAt" },
                filter: "\"CustomerId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Holds_CustomerId",
                table: "Holds",
                column: "CustomerId",
                filter: "\"CustomerId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerLimitUsages_ProductId",
                table: "CustomerLimitUsages",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_CartId",
                table: "WaitlistEntries",
                column: "CartId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_CustomerId",
                table: "WaitlistEntries",
                column: "CustomerId",
                filter: "\"CustomerId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_Line",
                table: "WaitlistEntries",
                columns: new[] { "ProductId", "Id" },
                filter: "\"Status\" = 'Waiting'");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_WaitingCart",
                table: "WaitlistEntries",
                columns: new[] { "ProductId", "CartId" },
                unique: true,
                filter: "\"Status\" = 'Waiting'");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_WaitingCustomer",
                table: "WaitlistEntries",
                columns: new[] { "ProductId", "CustomerId" },
                unique: true,
                filter: "\"Status\" = 'Waiting' AND \"CustomerId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerLimitUsages");

            migrationBuilder.DropTable(
                name: "WaitlistEntries");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Holds_CustomerId",
                table: "Holds");

            migrationBuilder.DropColumn(
                name: "DropStartsAt",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "RequiresSignIn",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "CustomerId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CustomerId",
                table: "Holds");

            migrationBuilder.DropColumn(
                name: "FromWaitlist",
                table: "Holds");

            migrationBuilder.DropColumn(
                name: "LimitWindow",
                table: "Holds");
        }
    }
}
