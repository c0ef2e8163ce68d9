using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyOrg.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PracticalMattersCompleted",
                table: "DivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PracticalMattersPlanned",
                table: "DivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ServiceProjects",
                table: "DivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ServiceProjectsClaimed",
                table: "DivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsAdopted",
                table: "DivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsAnswered",
                table: "DivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsDeclined",
                table: "DivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsReceived",
                table: "DivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PracticalMattersCompleted",
                table: "BranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PracticalMattersPlanned",
                table: "BranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ServiceProjects",
                table: "BranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ServiceProjectsClaimed",
                table: "BranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsAdopted",
                table: "BranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsAnswered",
                table: "BranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsDeclined",
                table: "BranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsReceived",
                table: "BranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "BranchResponseTimeRollups",
                columns: table => new
                {
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    Days = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BranchResponseTimeRollups", x => new { x.BranchId, x.Days });
                });

            migrationBuilder.CreateTable(
                name: "OneNetworkServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Department = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneNetworkServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PracticalMatterLists",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: true),
                    VillageCode = table.Column<string>(type: "char(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false),
                    IsPublished = table.Column<bool>(type: "bit", nullable: false),
                    ItemCount = table.Column<int>(type: "int", nullable: false),
                    CompletedCount = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                name: "ResponseTimeRollups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Days = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseTimeRollups", x => new { x.Code, x.Days });
                });

            migrationBuilder.CreateTable(
                name: "ServiceProjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    CommunityCode = table.Column<string>(type: "char(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClaimedByMemberId = table.Column<long>(type: "bigint", nullable: true),
                    ClaimantBranchId = table.Column<long>(type: "bigint", nullable: true),
                    ClaimedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                name: "Suggestions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DivisionCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    AreaCode = table.Column<string>(type: "char(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false),
                    CollectedByBranchId = table.Column<long>(type: "bigint", nullable: true),
                    Contact = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Response = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                name: "PracticalMatters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    ListId = table.Column<long>(type: "bigint", nullable: false),
                    BranchId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "char(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    SourceSuggestionId = table.Column<long>(type: "bigint", nullable: true),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BranchResponseTimeRollups");

            migrationBuilder.DropTable(
                name: "OneNetworkServices");

            migrationBuilder.DropTable(
                name: "PracticalMatters");

            migrationBuilder.DropTable(
                name: "ResponseTimeRollups");

            migrationBuilder.DropTable(
                name: "ServiceProjects");

            migrationBuilder.DropTable(
                name: "PracticalMatterLists");

            migrationBuilder.DropTable(
                name: "Suggestions");

            migrationBuilder.DropColumn(
                name: "PracticalMattersCompleted",
                table: "DivisionRollups");

            migrationBuilder.DropColumn(
                name: "PracticalMattersPlanned",
                table: "DivisionRollups");

            migrationBuilder.DropColumn(
                name: "ServiceProjects",
                table: "DivisionRollups");

            migrationBuilder.DropColumn(
                name: "ServiceProjectsClaimed",
                table: "DivisionRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsAdopted",
                table: "DivisionRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsAnswered",
                table: "DivisionRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsDeclined",
                table: "DivisionRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsReceived",
                table: "DivisionRollups");

            migrationBuilder.DropColumn(
                name: "PracticalMattersCompleted",
                table: "BranchRollups");

            migrationBuilder.DropColumn(
                name: "PracticalMattersPlanned",
                table: "BranchRollups");

            migrationBuilder.DropColumn(
                name: "ServiceProjects",
                table: "BranchRollups");

            migrationBuilder.DropColumn(
                name: "ServiceProjectsClaimed",
                table: "BranchRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsAdopted",
                table: "BranchRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsAnswered",
                table: "BranchRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsDeclined",
                table: "BranchRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsReceived",
                table: "BranchRollups");
        }
    }
}
