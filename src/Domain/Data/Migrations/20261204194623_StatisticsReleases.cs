using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyOrg.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReleasedBranchRollups",
                columns: table => new
                {
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    Release = table.Column<int>(type: "int", nullable: false),
                    Members = table.Column<int>(type: "int", nullable: false),
                    Full = table.Column<int>(type: "int", nullable: false),
                    Probationary = table.Column<int>(type: "int", nullable: false),
                    Men = table.Column<int>(type: "int", nullable: false),
                    Women = table.Column<int>(type: "int", nullable: false),
                    Han = table.Column<int>(type: "int", nullable: false),
                    Mongol = table.Column<int>(type: "int", nullable: false),
                    Manchu = table.Column<int>(type: "int", nullable: false),
                    Hui = table.Column<int>(type: "int", nullable: false),
                    Daur = table.Column<int>(type: "int", nullable: false),
                    Ewenki = table.Column<int>(type: "int", nullable: false),
                    Oroqen = table.Column<int>(type: "int", nullable: false),
                    Korean = table.Column<int>(type: "int", nullable: false),
                    OtherEthnicity = table.Column<int>(type: "int", nullable: false),
                    PrimaryEducation = table.Column<int>(type: "int", nullable: false),
                    JuniorSecondary = table.Column<int>(type: "int", nullable: false),
                    SeniorSecondary = table.Column<int>(type: "int", nullable: false),
                    Associate = table.Column<int>(type: "int", nullable: false),
                    Bachelor = table.Column<int>(type: "int", nullable: false),
                    Postgraduate = table.Column<int>(type: "int", nullable: false),
                    Workers = table.Column<int>(type: "int", nullable: false),
                    FarmerHerders = table.Column<int>(type: "int", nullable: false),
                    ProfessionalTechnical = table.Column<int>(type: "int", nullable: false),
                    Managers = table.Column<int>(type: "int", nullable: false),
                    PartyGovernmentStaff = table.Column<int>(type: "int", nullable: false),
                    Students = table.Column<int>(type: "int", nullable: false),
                    Retirees = table.Column<int>(type: "int", nullable: false),
                    OtherOccupation = table.Column<int>(type: "int", nullable: false),
                    Aged30OrUnder = table.Column<int>(type: "int", nullable: false),
                    Aged31To35 = table.Column<int>(type: "int", nullable: false),
                    Aged36To40 = table.Column<int>(type: "int", nullable: false),
                    Aged41To45 = table.Column<int>(type: "int", nullable: false),
                    Aged46To50 = table.Column<int>(type: "int", nullable: false),
                    Aged51To55 = table.Column<int>(type: "int", nullable: false),
                    Aged56To60 = table.Column<int>(type: "int", nullable: false),
                    Aged61OrOver = table.Column<int>(type: "int", nullable: false),
                    JoinedBefore1949 = table.Column<int>(type: "int", nullable: false),
                    Joined1949To1978 = table.Column<int>(type: "int", nullable: false),
                    Joined1978To2012 = table.Column<int>(type: "int", nullable: false),
                    JoinedSince2012 = table.Column<int>(type: "int", nullable: false),
                    Retired = table.Column<int>(type: "int", nullable: false),
                    RegisteredWithCommunity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReleasedBranchRollups", x => x.BranchId);
                });

            migrationBuilder.CreateTable(
                name: "ReleasedDivisionRollups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Release = table.Column<int>(type: "int", nullable: false),
                    Members = table.Column<int>(type: "int", nullable: false),
                    Full = table.Column<int>(type: "int", nullable: false),
                    Probationary = table.Column<int>(type: "int", nullable: false),
                    Men = table.Column<int>(type: "int", nullable: false),
                    Women = table.Column<int>(type: "int", nullable: false),
                    Han = table.Column<int>(type: "int", nullable: false),
                    Mongol = table.Column<int>(type: "int", nullable: false),
                    Manchu = table.Column<int>(type: "int", nullable: false),
                    Hui = table.Column<int>(type: "int", nullable: false),
                    Daur = table.Column<int>(type: "int", nullable: false),
                    Ewenki = table.Column<int>(type: "int", nullable: false),
                    Oroqen = table.Column<int>(type: "int", nullable: false),
                    Korean = table.Column<int>(type: "int", nullable: false),
                    OtherEthnicity = table.Column<int>(type: "int", nullable: false),
                    PrimaryEducation = table.Column<int>(type: "int", nullable: false),
                    JuniorSecondary = table.Column<int>(type: "int", nullable: false),
                    SeniorSecondary = table.Column<int>(type: "int", nullable: false),
                    Associate = table.Column<int>(type: "int", nullable: false),
                    Bachelor = table.Column<int>(type: "int", nullable: false),
                    Postgraduate = table.Column<int>(type: "int", nullable: false),
                    Workers = table.Column<int>(type: "int", nullable: false),
                    FarmerHerders = table.Column<int>(type: "int", nullable: false),
                    ProfessionalTechnical = table.Column<int>(type: "int", nullable: false),
                    Managers = table.Column<int>(type: "int", nullable: false),
                    PartyGovernmentStaff = table.Column<int>(type: "int", nullable: false),
                    Students = table.Column<int>(type: "int", nullable: false),
                    Retirees = table.Column<int>(type: "int", nullable: false),
                    OtherOccupation = table.Column<int>(type: "int", nullable: false),
                    Aged30OrUnder = table.Column<int>(type: "int", nullable: false),
                    Aged31To35 = table.Column<int>(type: "int", nullable: false),
                    Aged36To40 = table.Column<int>(type: "int", nullable: false),
                    Aged41To45 = table.Column<int>(type: "int", nullable: false),
                    Aged46To50 = table.Column<int>(type: "int", nullable: false),
                    Aged51To55 = table.Column<int>(type: "int", nullable: false),
                    Aged56To60 = table.Column<int>(type: "int", nullable: false),
                    Aged61OrOver = table.Column<int>(type: "int", nullable: false),
                    JoinedBefore1949 = table.Column<int>(type: "int", nullable: false),
                    Joined1949To1978 = table.Column<int>(type: "int", nullable: false),
                    Joined1978To2012 = table.Column<int>(type: "int", nullable: false),
                    JoinedSince2012 = table.Column<int>(type: "int", nullable: false),
                    Retired = table.Column<int>(type: "int", nullable: false),
                    RegisteredWithCommunity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReleasedDivisionRollups", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsReleases",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Mechanism = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Epsilon = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsReleases", x => x.Number);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReleasedBranchRollups");

            migrationBuilder.DropTable(
                name: "ReleasedDivisionRollups");

            migrationBuilder.DropTable(
                name: "StatisticsReleases");
        }
    }
}
