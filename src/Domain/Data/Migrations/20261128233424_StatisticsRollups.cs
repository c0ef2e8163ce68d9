using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyOrg.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BranchRollups",
                columns: table => new
                {
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
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
                    table.PrimaryKey("PK_BranchRollups", x => x.BranchId);
                });

            migrationBuilder.CreateTable(
                name: "DivisionRollups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Branches = table.Column<int>(type: "int", nullable: false),
                    RuralBranches = table.Column<int>(type: "int", nullable: false),
                    CommunityBranches = table.Column<int>(type: "int", nullable: false),
                    GovernmentBranches = table.Column<int>(type: "int", nullable: false),
                    PublicInstitutionBranches = table.Column<int>(type: "int", nullable: false),
                    StateEnterpriseBranches = table.Column<int>(type: "int", nullable: false),
                    UniversityBranches = table.Column<int>(type: "int", nullable: false),
                    NonPublicEnterpriseBranches = table.Column<int>(type: "int", nullable: false),
                    SocialOrganizationBranches = table.Column<int>(type: "int", nullable: false),
                    StrongestBranches = table.Column<int>(type: "int", nullable: false),
                    StandardBranches = table.Column<int>(type: "int", nullable: false),
                    WeakBranches = table.Column<int>(type: "int", nullable: false),
                    Villages = table.Column<int>(type: "int", nullable: false),
                    RuralVillages = table.Column<int>(type: "int", nullable: false),
                    Communities = table.Column<int>(type: "int", nullable: false),
                    OtherVillages = table.Column<int>(type: "int", nullable: false),
                    Gachas = table.Column<int>(type: "int", nullable: false),
                    ServiceCenters = table.Column<int>(type: "int", nullable: false),
                    ServiceCentersLinkedOnline = table.Column<int>(type: "int", nullable: false),
                    OneShoulderVillages = table.Column<int>(type: "int", nullable: false),
                    VillagesWithCollegeCommitteeMember = table.Column<int>(type: "int", nullable: false),
                    VillagesWithFirstSecretary = table.Column<int>(type: "int", nullable: false),
                    WorkTeams = table.Column<int>(type: "int", nullable: false),
                    ResidentCadres = table.Column<int>(type: "int", nullable: false),
                    CommitteeMembers = table.Column<int>(type: "int", nullable: false),
                    CommitteeFromTalentPools = table.Column<int>(type: "int", nullable: false),
                    Grids = table.Column<int>(type: "int", nullable: false),
                    GridWorkers = table.Column<int>(type: "int", nullable: false),
                    RegisteredHere = table.Column<int>(type: "int", nullable: false),
                    CommunityServiceFund = table.Column<long>(type: "bigint", nullable: false),
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
                    table.PrimaryKey("PK_DivisionRollups", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "RectificationRollups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    ListedYear = table.Column<int>(type: "int", nullable: false),
                    Completed = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationRollups", x => new { x.Code, x.ListedYear });
                });

            migrationBuilder.CreateTable(
                name: "StatisticsInfo",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    AgeAsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsInfo", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BranchRollups");

            migrationBuilder.DropTable(
                name: "DivisionRollups");

            migrationBuilder.DropTable(
                name: "RectificationRollups");

            migrationBuilder.DropTable(
                name: "StatisticsInfo");
        }
    }
}
