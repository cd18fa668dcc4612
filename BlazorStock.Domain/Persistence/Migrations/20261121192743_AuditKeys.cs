using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorStock.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ObjectType_ObjectId_At",
                table: "AuditEntries");

            migrationBuilder.CreateTable(
                name: "AuditIndexState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    IndexedThrough = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditIndexState", x => x.Id);
                });

            // WITHOUT ROWID (docs/decisions/006): EF Core cannot model it, so the table is written by hand
            // with the columns and key the model has.
            migrationBuilder.Sql("""
                CREATE TABLE "AuditKeys" (
                    "Key" TEXT NOT NULL,
                    "AuditId" INTEGER NOT NULL,
                    CONSTRAINT "PK_AuditKeys" PRIMARY KEY ("Key", "AuditId")
                ) WITHOUT ROWID;
                """);

            migrationBuilder.InsertData(
                table: "AuditIndexState",
                columns: new[] { "Id", "IndexedThrough" },
                values: new object[] { 1, 0L });

            // The entries already logged get their keys now, so lookups need not scan them (references
            // of the kinds AuditLookup.ReferenceKinds names, as of this migration).
            migrationBuilder.Sql("""
                INSERT INTO "AuditKeys" ("Key", "AuditId")
                SELECT 'o/' || "ObjectType" || '/' || "ObjectId", "Id" FROM "AuditEntries"
                UNION ALL
                SELECT 'r/' || "Reference", "Id" FROM "AuditEntries" WHERE substr("Reference", 1, 5) = 'hold:' OR substr("Reference", 1, 6) = 'order:'
                ORDER BY 1, 2;
                UPDATE "AuditIndexState" SET "IndexedThrough" = (SELECT coalesce(max("Id"), 0) FROM "AuditEntries") WHERE "Id" = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditIndexState");

            migrationBuilder.DropTable(
                name: "AuditKeys");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ObjectType_ObjectId_At",
                table: "AuditEntries",
                columns: new[] { "ObjectType", "ObjectId", "At" });
        }
    }
}
