using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyOrg.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeEvents",
                columns: table => new
                {
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    VillageCode = table.Column<string>(type: "char(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false),
                    FromVillageCode = table.Column<string>(type: "char(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Details = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CommittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeEvents", x => x.Position);
                });

            migrationBuilder.CreateTable(
                name: "ChangeLogHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeLogHeads", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ChangeLogHeads",
                columns: new[] { "Id", "Position" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeEvents_FromVillageCode_Position",
                table: "ChangeEvents",
                columns: new[] { "FromVillageCode", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeEvents_VillageCode_Position",
                table: "ChangeEvents",
                columns: new[] { "VillageCode", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeEvents");

            migrationBuilder.DropTable(
                name: "ChangeLogHeads");
        }
    }
}
