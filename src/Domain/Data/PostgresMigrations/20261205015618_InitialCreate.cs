using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PartyOrg.Domain.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Role = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    ScopeCode = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false, collation: "C"),
                    SecretHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    PseudonymSalt = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BranchResponseTimeRollups",
                columns: table => new
                {
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BranchResponseTimeRollups", x => new { x.BranchId, x.Days });
                });

            migrationBuilder.CreateTable(
                name: "BranchRollups",
                columns: table => new
                {
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    SuggestionsReceived = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsAdopted = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsAnswered = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsDeclined = table.Column<int>(type: "integer", nullable: false),
                    PracticalMattersPlanned = table.Column<int>(type: "integer", nullable: false),
                    PracticalMattersCompleted = table.Column<int>(type: "integer", nullable: false),
                    ServiceProjects = table.Column<int>(type: "integer", nullable: false),
                    ServiceProjectsClaimed = table.Column<int>(type: "integer", nullable: false),
                    Members = table.Column<int>(type: "integer", nullable: false),
                    Full = table.Column<int>(type: "integer", nullable: false),
                    Probationary = table.Column<int>(type: "integer", nullable: false),
                    Men = table.Column<int>(type: "integer", nullable: false),
                    Women = table.Column<int>(type: "integer", nullable: false),
                    Han = table.Column<int>(type: "integer", nullable: false),
                    Mongol = table.Column<int>(type: "integer", nullable: false),
                    Manchu = table.Column<int>(type: "integer", nullable: false),
                    Hui = table.Column<int>(type: "integer", nullable: false),
                    Daur = table.Column<int>(type: "integer", nullable: false),
                    Ewenki = table.Column<int>(type: "integer", nullable: false),
                    Oroqen = table.Column<int>(type: "integer", nullable: false),
                    Korean = table.Column<int>(type: "integer", nullable: false),
                    OtherEthnicity = table.Column<int>(type: "integer", nullable: false),
                    PrimaryEducation = table.Column<int>(type: "integer", nullable: false),
                    JuniorSecondary = table.Column<int>(type: "integer", nullable: false),
                    SeniorSecondary = table.Column<int>(type: "integer", nullable: false),
                    Associate = table.Column<int>(type: "integer", nullable: false),
                    Bachelor = table.Column<int>(type: "integer", nullable: false),
                    Postgraduate = table.Column<int>(type: "integer", nullable: false),
                    Workers = table.Column<int>(type: "integer", nullable: false),
                    FarmerHerders = table.Column<int>(type: "integer", nullable: false),
                    ProfessionalTechnical = table.Column<int>(type: "integer", nullable: false),
                    Managers = table.Column<int>(type: "integer", nullable: false),
                    PartyGovernmentStaff = table.Column<int>(type: "integer", nullable: false),
                    Students = table.Column<int>(type: "integer", nullable: false),
                    Retirees = table.Column<int>(type: "integer", nullable: false),
                    OtherOccupation = table.Column<int>(type: "integer", nullable: false),
                    Aged30OrUnder = table.Column<int>(type: "integer", nullable: false),
                    Aged31To35 = table.Column<int>(type: "integer", nullable: false),
                    Aged36To40 = table.Column<int>(type: "integer", nullable: false),
                    Aged41To45 = table.Column<int>(type: "integer", nullable: false),
                    Aged46To50 = table.Column<int>(type: "integer", nullable: false),
                    Aged51To55 = table.Column<int>(type: "integer", nullable: false),
                    Aged56To60 = table.Column<int>(type: "integer", nullable: false),
                    Aged61OrOver = table.Column<int>(type: "integer", nullable: false),
                    JoinedBefore1949 = table.Column<int>(type: "integer", nullable: false),
                    Joined1949To1978 = table.Column<int>(type: "integer", nullable: false),
                    Joined1978To2012 = table.Column<int>(type: "integer", nullable: false),
                    JoinedSince2012 = table.Column<int>(type: "integer", nullable: false),
                    Retired = table.Column<int>(type: "integer", nullable: false),
                    RegisteredWithCommunity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BranchRollups", x => x.BranchId);
                });

            migrationBuilder.CreateTable(
                name: "ChangeEvents",
                columns: table => new
                {
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    VillageCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    FromVillageCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: true, collation: "C"),
                    Subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Details = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CommittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeEvents", x => x.Position);
                });

            migrationBuilder.CreateTable(
                name: "ChangeLogHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeLogHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DivisionRollups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false, collation: "C"),
                    Branches = table.Column<int>(type: "integer", nullable: false),
                    RuralBranches = table.Column<int>(type: "integer", nullable: false),
                    CommunityBranches = table.Column<int>(type: "integer", nullable: false),
                    GovernmentBranches = table.Column<int>(type: "integer", nullable: false),
                    PublicInstitutionBranches = table.Column<int>(type: "integer", nullable: false),
                    StateEnterpriseBranches = table.Column<int>(type: "integer", nullable: false),
                    UniversityBranches = table.Column<int>(type: "integer", nullable: false),
                    NonPublicEnterpriseBranches = table.Column<int>(type: "integer", nullable: false),
                    SocialOrganizationBranches = table.Column<int>(type: "integer", nullable: false),
                    StrongestBranches = table.Column<int>(type: "integer", nullable: false),
                    StandardBranches = table.Column<int>(type: "integer", nullable: false),
                    WeakBranches = table.Column<int>(type: "integer", nullable: false),
                    Villages = table.Column<int>(type: "integer", nullable: false),
                    RuralVillages = table.Column<int>(type: "integer", nullable: false),
                    Communities = table.Column<int>(type: "integer", nullable: false),
                    OtherVillages = table.Column<int>(type: "integer", nullable: false),
                    Gachas = table.Column<int>(type: "integer", nullable: false),
                    ServiceCenters = table.Column<int>(type: "integer", nullable: false),
                    ServiceCentersLinkedOnline = table.Column<int>(type: "integer", nullable: false),
                    OneShoulderVillages = table.Column<int>(type: "integer", nullable: false),
                    VillagesWithCollegeCommitteeMember = table.Column<int>(type: "integer", nullable: false),
                    VillagesWithFirstSecretary = table.Column<int>(type: "integer", nullable: false),
                    WorkTeams = table.Column<int>(type: "integer", nullable: false),
                    ResidentCadres = table.Column<int>(type: "integer", nullable: false),
                    CommitteeMembers = table.Column<int>(type: "integer", nullable: false),
                    CommitteeFromTalentPools = table.Column<int>(type: "integer", nullable: false),
                    Grids = table.Column<int>(type: "integer", nullable: false),
                    GridWorkers = table.Column<int>(type: "integer", nullable: false),
                    RegisteredHere = table.Column<int>(type: "integer", nullable: false),
                    CommunityServiceFund = table.Column<long>(type: "bigint", nullable: false),
                    SuggestionsReceived = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsAdopted = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsAnswered = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsDeclined = table.Column<int>(type: "integer", nullable: false),
                    PracticalMattersPlanned = table.Column<int>(type: "integer", nullable: false),
                    PracticalMattersCompleted = table.Column<int>(type: "integer", nullable: false),
                    ServiceProjects = table.Column<int>(type: "integer", nullable: false),
                    ServiceProjectsClaimed = table.Column<int>(type: "integer", nullable: false),
                    Members = table.Column<int>(type: "integer", nullable: false),
                    Full = table.Column<int>(type: "integer", nullable: false),
                    Probationary = table.Column<int>(type: "integer", nullable: false),
                    Men = table.Column<int>(type: "integer", nullable: false),
                    Women = table.Column<int>(type: "integer", nullable: false),
                    Han = table.Column<int>(type: "integer", nullable: false),
                    Mongol = table.Column<int>(type: "integer", nullable: false),
                    Manchu = table.Column<int>(type: "integer", nullable: false),
                    Hui = table.Column<int>(type: "integer", nullable: false),
                    Daur = table.Column<int>(type: "integer", nullable: false),
                    Ewenki = table.Column<int>(type: "integer", nullable: false),
                    Oroqen = table.Column<int>(type: "integer", nullable: false),
                    Korean = table.Column<int>(type: "integer", nullable: false),
                    OtherEthnicity = table.Column<int>(type: "integer", nullable: false),
                    PrimaryEducation = table.Column<int>(type: "integer", nullable: false),
                    JuniorSecondary = table.Column<int>(type: "integer", nullable: false),
                    SeniorSecondary = table.Column<int>(type: "integer", nullable: false),
                    Associate = table.Column<int>(type: "integer", nullable: false),
                    Bachelor = table.Column<int>(type: "integer", nullable: false),
                    Postgraduate = table.Column<int>(type: "integer", nullable: false),
                    Workers = table.Column<int>(type: "integer", nullable: false),
                    FarmerHerders = table.Column<int>(type: "integer", nullable: false),
                    ProfessionalTechnical = table.Column<int>(type: "integer", nullable: false),
                    Managers = table.Column<int>(type: "integer", nullable: false),
                    PartyGovernmentStaff = table.Column<int>(type: "integer", nullable: false),
                    Students = table.Column<int>(type: "integer", nullable: false),
                    Retirees = table.Column<int>(type: "integer", nullable: false),
                    OtherOccupation = table.Column<int>(type: "integer", nullable: false),
                    Aged30OrUnder = table.Column<int>(type: "integer", nullable: false),
                    Aged31To35 = table.Column<int>(type: "integer", nullable: false),
                    Aged36To40 = table.Column<int>(type: "integer", nullable: false),
                    Aged41To45 = table.Column<int>(type: "integer", nullable: false),
                    Aged46To50 = table.Column<int>(type: "integer", nullable: false),
                    Aged51To55 = table.Column<int>(type: "integer", nullable: false),
                    Aged56To60 = table.Column<int>(type: "integer", nullable: false),
                    Aged61OrOver = table.Column<int>(type: "integer", nullable: false),
                    JoinedBefore1949 = table.Column<int>(type: "integer", nullable: false),
                    Joined1949To1978 = table.Column<int>(type: "integer", nullable: false),
                    Joined1978To2012 = table.Column<int>(type: "integer", nullable: false),
                    JoinedSince2012 = table.Column<int>(type: "integer", nullable: false),
                    Retired = table.Column<int>(type: "integer", nullable: false),
                    RegisteredWithCommunity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DivisionRollups", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "OneNetworkServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    Department = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneNetworkServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RectificationRollups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false, collation: "C"),
                    ListedYear = table.Column<int>(type: "integer", nullable: false),
                    Completed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationRollups", x => new { x.Code, x.ListedYear });
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ReleasedBranchRollups",
                columns: table => new
                {
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    Release = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsReceived = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsAdopted = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsAnswered = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsDeclined = table.Column<int>(type: "integer", nullable: false),
                    PracticalMattersPlanned = table.Column<int>(type: "integer", nullable: false),
                    PracticalMattersCompleted = table.Column<int>(type: "integer", nullable: false),
                    ServiceProjects = table.Column<int>(type: "integer", nullable: false),
                    ServiceProjectsClaimed = table.Column<int>(type: "integer", nullable: false),
                    Members = table.Column<int>(type: "integer", nullable: false),
                    Full = table.Column<int>(type: "integer", nullable: false),
                    Probationary = table.Column<int>(type: "integer", nullable: false),
                    Men = table.Column<int>(type: "integer", nullable: false),
                    Women = table.Column<int>(type: "integer", nullable: false),
                    Han = table.Column<int>(type: "integer", nullable: false),
                    Mongol = table.Column<int>(type: "integer", nullable: false),
                    Manchu = table.Column<int>(type: "integer", nullable: false),
                    Hui = table.Column<int>(type: "integer", nullable: false),
                    Daur = table.Column<int>(type: "integer", nullable: false),
                    Ewenki = table.Column<int>(type: "integer", nullable: false),
                    Oroqen = table.Column<int>(type: "integer", nullable: false),
                    Korean = table.Column<int>(type: "integer", nullable: false),
                    OtherEthnicity = table.Column<int>(type: "integer", nullable: false),
                    PrimaryEducation = table.Column<int>(type: "integer", nullable: false),
                    JuniorSecondary = table.Column<int>(type: "integer", nullable: false),
                    SeniorSecondary = table.Column<int>(type: "integer", nullable: false),
                    Associate = table.Column<int>(type: "integer", nullable: false),
                    Bachelor = table.Column<int>(type: "integer", nullable: false),
                    Postgraduate = table.Column<int>(type: "integer", nullable: false),
                    Workers = table.Column<int>(type: "integer", nullable: false),
                    FarmerHerders = table.Column<int>(type: "integer", nullable: false),
                    ProfessionalTechnical = table.Column<int>(type: "integer", nullable: false),
                    Managers = table.Column<int>(type: "integer", nullable: false),
                    PartyGovernmentStaff = table.Column<int>(type: "integer", nullable: false),
                    Students = table.Column<int>(type: "integer", nullable: false),
                    Retirees = table.Column<int>(type: "integer", nullable: false),
                    OtherOccupation = table.Column<int>(type: "integer", nullable: false),
                    Aged30OrUnder = table.Column<int>(type: "integer", nullable: false),
                    Aged31To35 = table.Column<int>(type: "integer", nullable: false),
                    Aged36To40 = table.Column<int>(type: "integer", nullable: false),
                    Aged41To45 = table.Column<int>(type: "integer", nullable: false),
                    Aged46To50 = table.Column<int>(type: "integer", nullable: false),
                    Aged51To55 = table.Column<int>(type: "integer", nullable: false),
                    Aged56To60 = table.Column<int>(type: "integer", nullable: false),
                    Aged61OrOver = table.Column<int>(type: "integer", nullable: false),
                    JoinedBefore1949 = table.Column<int>(type: "integer", nullable: false),
                    Joined1949To1978 = table.Column<int>(type: "integer", nullable: false),
                    Joined1978To2012 = table.Column<int>(type: "integer", nullable: false),
                    JoinedSince2012 = table.Column<int>(type: "integer", nullable: false),
                    Retired = table.Column<int>(type: "integer", nullable: false),
                    RegisteredWithCommunity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReleasedBranchRollups", x => x.BranchId);
                });

            migrationBuilder.CreateTable(
                name: "ReleasedDivisionRollups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false, collation: "C"),
                    Release = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsReceived = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsAdopted = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsAnswered = table.Column<int>(type: "integer", nullable: false),
                    SuggestionsDeclined = table.Column<int>(type: "integer", nullable: false),
                    PracticalMattersPlanned = table.Column<int>(type: "integer", nullable: false),
                    PracticalMattersCompleted = table.Column<int>(type: "integer", nullable: false),
                    ServiceProjects = table.Column<int>(type: "integer", nullable: false),
                    ServiceProjectsClaimed = table.Column<int>(type: "integer", nullable: false),
                    Members = table.Column<int>(type: "integer", nullable: false),
                    Full = table.Column<int>(type: "integer", nullable: false),
                    Probationary = table.Column<int>(type: "integer", nullable: false),
                    Men = table.Column<int>(type: "integer", nullable: false),
                    Women = table.Column<int>(type: "integer", nullable: false),
                    Han = table.Column<int>(type: "integer", nullable: false),
                    Mongol = table.Column<int>(type: "integer", nullable: false),
                    Manchu = table.Column<int>(type: "integer", nullable: false),
                    Hui = table.Column<int>(type: "integer", nullable: false),
                    Daur = table.Column<int>(type: "integer", nullable: false),
                    Ewenki = table.Column<int>(type: "integer", nullable: false),
                    Oroqen = table.Column<int>(type: "integer", nullable: false),
                    Korean = table.Column<int>(type: "integer", nullable: false),
                    OtherEthnicity = table.Column<int>(type: "integer", nullable: false),
                    PrimaryEducation = table.Column<int>(type: "integer", nullable: false),
                    JuniorSecondary = table.Column<int>(type: "integer", nullable: false),
                    SeniorSecondary = table.Column<int>(type: "integer", nullable: false),
                    Associate = table.Column<int>(type: "integer", nullable: false),
                    Bachelor = table.Column<int>(type: "integer", nullable: false),
                    Postgraduate = table.Column<int>(type: "integer", nullable: false),
                    Workers = table.Column<int>(type: "integer", nullable: false),
                    FarmerHerders = table.Column<int>(type: "integer", nullable: false),
                    ProfessionalTechnical = table.Column<int>(type: "integer", nullable: false),
                    Managers = table.Column<int>(type: "integer", nullable: false),
                    PartyGovernmentStaff = table.Column<int>(type: "integer", nullable: false),
                    Students = table.Column<int>(type: "integer", nullable: false),
                    Retirees = table.Column<int>(type: "integer", nullable: false),
                    OtherOccupation = table.Column<int>(type: "integer", nullable: false),
                    Aged30OrUnder = table.Column<int>(type: "integer", nullable: false),
                    Aged31To35 = table.Column<int>(type: "integer", nullable: false),
                    Aged36To40 = table.Column<int>(type: "integer", nullable: false),
                    Aged41To45 = table.Column<int>(type: "integer", nullable: false),
                    Aged46To50 = table.Column<int>(type: "integer", nullable: false),
                    Aged51To55 = table.Column<int>(type: "integer", nullable: false),
                    Aged56To60 = table.Column<int>(type: "integer", nullable: false),
                    Aged61OrOver = table.Column<int>(type: "integer", nullable: false),
                    JoinedBefore1949 = table.Column<int>(type: "integer", nullable: false),
                    Joined1949To1978 = table.Column<int>(type: "integer", nullable: false),
                    Joined1978To2012 = table.Column<int>(type: "integer", nullable: false),
                    JoinedSince2012 = table.Column<int>(type: "integer", nullable: false),
                    Retired = table.Column<int>(type: "integer", nullable: false),
                    RegisteredWithCommunity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReleasedDivisionRollups", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ResponseTimeRollups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false, collation: "C"),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseTimeRollups", x => new { x.Code, x.Days });
                });

            migrationBuilder.CreateTable(
                name: "SeedInfo",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    Scale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    GeneratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeedInfo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsInfo",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    AgeAsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsInfo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsReleases",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Mechanism = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false, collation: "C"),
                    Epsilon = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsReleases", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "Webhooks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApiKeyId = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false, collation: "C"),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    Query = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Variables = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Secret = table.Column<byte[]>(type: "bytea", maxLength: 64, nullable: false),
                    Cursor = table.Column<long>(type: "bigint", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    DisabledReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FailingSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailedAttempts = table.Column<int>(type: "integer", nullable: false),
                    AttemptSequence = table.Column<long>(type: "bigint", nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: true, collation: "C"),
                    LeaseUntil = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Webhooks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Webhooks_ApiKeys_ApiKeyId",
                        column: x => x.ApiKeyId,
                        principalTable: "ApiKeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Leagues",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false, collation: "C"),
                    RegionCode = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leagues", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Leagues_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WebhookId = table.Column<long>(type: "bigint", nullable: false),
                    MessageId = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false, collation: "C"),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    Attempt = table.Column<long>(type: "bigint", nullable: false),
                    AttemptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    LatencyMilliseconds = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookDeliveries_Webhooks_WebhookId",
                        column: x => x.WebhookId,
                        principalTable: "Webhooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Banners",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false, collation: "C"),
                    LeagueCode = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Banners", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Banners_Leagues_LeagueCode",
                        column: x => x.LeagueCode,
                        principalTable: "Leagues",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Townships",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character(9)", unicode: false, fixedLength: true, maxLength: 9, nullable: false, collation: "C"),
                    BannerCode = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    IsEthnic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Townships", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Townships_Banners_BannerCode",
                        column: x => x.BannerCode,
                        principalTable: "Banners",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Villages",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    TownshipCode = table.Column<string>(type: "character(9)", unicode: false, fixedLength: true, maxLength: 9, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    HasServiceCenter = table.Column<bool>(type: "boolean", nullable: false),
                    ServiceCenterLinkedOnline = table.Column<bool>(type: "boolean", nullable: false),
                    AnnualServiceFund = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Villages", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Villages_Townships_TownshipCode",
                        column: x => x.TownshipCode,
                        principalTable: "Townships",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Gender = table.Column<int>(type: "integer", nullable: false),
                    Education = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    OnPartyCommittee = table.Column<bool>(type: "boolean", nullable: false),
                    OnResidentsCommittee = table.Column<bool>(type: "boolean", nullable: false),
                    IsPartySecretary = table.Column<bool>(type: "boolean", nullable: false),
                    IsChair = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeMembers_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FirstSecretaries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SentBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FirstSecretaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FirstSecretaries_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Grids",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Households = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Grids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Grids_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkTeams",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    SentBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkTeams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkTeams_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GridWorkers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    GridId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    FullTime = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridWorkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GridWorkers_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResidentCadres",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    WorkTeamId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    IsLeader = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentCadres", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResidentCadres_WorkTeams_WorkTeamId",
                        column: x => x.WorkTeamId,
                        principalTable: "WorkTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Branches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    Sector = table.Column<int>(type: "integer", nullable: false),
                    VillageCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    FoundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SecretaryId = table.Column<long>(type: "bigint", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    RatedYear = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Branches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Branches_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendance = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Branches_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Branches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Gender = table.Column<int>(type: "integer", nullable: false),
                    Ethnicity = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Education = table.Column<int>(type: "integer", nullable: false),
                    Occupation = table.Column<int>(type: "integer", nullable: false),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false),
                    RegisteredCommunityCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Members_Branches_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Branches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Members_Villages_RegisteredCommunityCode",
                        column: x => x.RegisteredCommunityCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Members_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rectifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    ListedYear = table.Column<int>(type: "integer", nullable: false),
                    RectifiedYear = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rectifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rectifications_Branches_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Branches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Suggestions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false, collation: "C"),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    AreaCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    CollectedByBranchId = table.Column<long>(type: "bigint", nullable: true),
                    Contact = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Response = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Suggestions_Branches_CollectedByBranchId",
                        column: x => x.CollectedByBranchId,
                        principalTable: "Branches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticalMatterLists",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: true),
                    VillageCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    CompletedCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticalMatterLists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticalMatterLists_Branches_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Branches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticalMatterLists_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceProjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    CommunityCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClaimedByMemberId = table.Column<long>(type: "bigint", nullable: true),
                    ClaimantBranchId = table.Column<long>(type: "bigint", nullable: true),
                    ClaimedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceProjects_Branches_ClaimantBranchId",
                        column: x => x.ClaimantBranchId,
                        principalTable: "Branches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceProjects_Members_ClaimedByMemberId",
                        column: x => x.ClaimedByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceProjects_Villages_CommunityCode",
                        column: x => x.CommunityCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticalMatters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    ListId = table.Column<long>(type: "bigint", nullable: false),
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "character(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    SourceSuggestionId = table.Column<long>(type: "bigint", nullable: true),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticalMatters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticalMatters_Branches_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Branches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticalMatters_PracticalMatterLists_ListId",
                        column: x => x.ListId,
                        principalTable: "PracticalMatterLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticalMatters_Suggestions_SourceSuggestionId",
                        column: x => x.SourceSuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "ChangeLogHeads",
                columns: new[] { "Id", "Position" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Banners_LeagueCode",
                table: "Banners",
                column: "LeagueCode");

            migrationBuilder.CreateIndex(
                name: "IX_Branches_Rating_VillageCode",
                table: "Branches",
                columns: new[] { "Rating", "VillageCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Branches_SecretaryId",
                table: "Branches",
                column: "SecretaryId");

            migrationBuilder.CreateIndex(
                name: "IX_Branches_VillageCode_Id",
                table: "Branches",
                columns: new[] { "VillageCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeEvents_FromVillageCode_Position",
                table: "ChangeEvents",
                columns: new[] { "FromVillageCode", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeEvents_VillageCode_Position",
                table: "ChangeEvents",
                columns: new[] { "VillageCode", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMembers_VillageCode",
                table: "CommitteeMembers",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_FirstSecretaries_VillageCode",
                table: "FirstSecretaries",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_Grids_VillageCode",
                table: "Grids",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_GridWorkers_GridId",
                table: "GridWorkers",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_Leagues_RegionCode",
                table: "Leagues",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_BranchId_HeldOn",
                table: "Meetings",
                columns: new[] { "BranchId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_BranchId_Id",
                table: "Members",
                columns: new[] { "BranchId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_RegisteredCommunityCode",
                table: "Members",
                column: "RegisteredCommunityCode");

            migrationBuilder.CreateIndex(
                name: "IX_Members_VillageCode",
                table: "Members",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_PracticalMatterLists_BranchId_Id",
                table: "PracticalMatterLists",
                columns: new[] { "BranchId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticalMatterLists_MemberId_Id",
                table: "PracticalMatterLists",
                columns: new[] { "MemberId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticalMatterLists_VillageCode",
                table: "PracticalMatterLists",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_PracticalMatters_BranchId",
                table: "PracticalMatters",
                column: "BranchId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticalMatters_ListId_Id",
                table: "PracticalMatters",
                columns: new[] { "ListId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticalMatters_SourceSuggestionId",
                table: "PracticalMatters",
                column: "SourceSuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticalMatters_VillageCode",
                table: "PracticalMatters",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_BranchId",
                table: "Rectifications",
                column: "BranchId");

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_VillageCode_ListedYear",
                table: "Rectifications",
                columns: new[] { "VillageCode", "ListedYear" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentCadres_WorkTeamId",
                table: "ResidentCadres",
                column: "WorkTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceProjects_ClaimantBranchId",
                table: "ServiceProjects",
                column: "ClaimantBranchId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceProjects_ClaimedByMemberId_Id",
                table: "ServiceProjects",
                columns: new[] { "ClaimedByMemberId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceProjects_CommunityCode_Id",
                table: "ServiceProjects",
                columns: new[] { "CommunityCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_AreaCode_SubmittedOn",
                table: "Suggestions",
                columns: new[] { "AreaCode", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_CollectedByBranchId",
                table: "Suggestions",
                column: "CollectedByBranchId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_DivisionCode_Id",
                table: "Suggestions",
                columns: new[] { "DivisionCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Townships_BannerCode",
                table: "Townships",
                column: "BannerCode");

            migrationBuilder.CreateIndex(
                name: "IX_Villages_TownshipCode",
                table: "Villages",
                column: "TownshipCode");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_WebhookId_Id",
                table: "WebhookDeliveries",
                columns: new[] { "WebhookId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Webhooks_ApiKeyId",
                table: "Webhooks",
                column: "ApiKeyId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTeams_VillageCode",
                table: "WorkTeams",
                column: "VillageCode");

            migrationBuilder.AddForeignKey(
                name: "FK_Branches_Members_SecretaryId",
                table: "Branches",
                column: "SecretaryId",
                principalTable: "Members",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Banners_Leagues_LeagueCode",
                table: "Banners");

            migrationBuilder.DropForeignKey(
                name: "FK_Branches_Members_SecretaryId",
                table: "Branches");

            migrationBuilder.DropTable(
                name: "BranchResponseTimeRollups");

            migrationBuilder.DropTable(
                name: "BranchRollups");

            migrationBuilder.DropTable(
                name: "ChangeEvents");

            migrationBuilder.DropTable(
                name: "ChangeLogHeads");

            migrationBuilder.DropTable(
                name: "CommitteeMembers");

            migrationBuilder.DropTable(
                name: "DivisionRollups");

            migrationBuilder.DropTable(
                name: "FirstSecretaries");

            migrationBuilder.DropTable(
                name: "GridWorkers");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "OneNetworkServices");

            migrationBuilder.DropTable(
                name: "PracticalMatters");

            migrationBuilder.DropTable(
                name: "RectificationRollups");

            migrationBuilder.DropTable(
                name: "Rectifications");

            migrationBuilder.DropTable(
                name: "ReleasedBranchRollups");

            migrationBuilder.DropTable(
                name: "ReleasedDivisionRollups");

            migrationBuilder.DropTable(
                name: "ResidentCadres");

            migrationBuilder.DropTable(
                name: "ResponseTimeRollups");

            migrationBuilder.DropTable(
                name: "SeedInfo");

            migrationBuilder.DropTable(
                name: "ServiceProjects");

            migrationBuilder.DropTable(
                name: "StatisticsInfo");

            migrationBuilder.DropTable(
                name: "StatisticsReleases");

            migrationBuilder.DropTable(
                name: "WebhookDeliveries");

            migrationBuilder.DropTable(
                name: "Grids");

            migrationBuilder.DropTable(
                name: "PracticalMatterLists");

            migrationBuilder.DropTable(
                name: "Suggestions");

            migrationBuilder.DropTable(
                name: "WorkTeams");

            migrationBuilder.DropTable(
                name: "Webhooks");

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "Leagues");

            migrationBuilder.DropTable(
                name: "Regions");

            migrationBuilder.DropTable(
                name: "Members");

            migrationBuilder.DropTable(
                name: "Branches");

            migrationBuilder.DropTable(
                name: "Villages");

            migrationBuilder.DropTable(
                name: "Townships");

            migrationBuilder.DropTable(
                name: "Banners");
        }
    }
}
