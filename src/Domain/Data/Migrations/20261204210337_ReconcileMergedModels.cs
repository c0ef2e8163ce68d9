using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyOrg.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReconcileMergedModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PracticalMattersCompleted",
                table: "ReleasedDivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PracticalMattersPlanned",
                table: "ReleasedDivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ServiceProjects",
                table: "ReleasedDivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ServiceProjectsClaimed",
                table: "ReleasedDivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsAdopted",
                table: "ReleasedDivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsAnswered",
                table: "ReleasedDivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsDeclined",
                table: "ReleasedDivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsReceived",
                table: "ReleasedDivisionRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PracticalMattersCompleted",
                table: "ReleasedBranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PracticalMattersPlanned",
                table: "ReleasedBranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ServiceProjects",
                table: "ReleasedBranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ServiceProjectsClaimed",
                table: "ReleasedBranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsAdopted",
                table: "ReleasedBranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsAnswered",
                table: "ReleasedBranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsDeclined",
                table: "ReleasedBranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsReceived",
                table: "ReleasedBranchRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PracticalMattersCompleted",
                table: "ReleasedDivisionRollups");

            migrationBuilder.DropColumn(
                name: "PracticalMattersPlanned",
                table: "ReleasedDivisionRollups");

            migrationBuilder.DropColumn(
                name: "ServiceProjects",
                table: "ReleasedDivisionRollups");

            migrationBuilder.DropColumn(
                name: "ServiceProjectsClaimed",
                table: "ReleasedDivisionRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsAdopted",
                table: "ReleasedDivisionRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsAnswered",
                table: "ReleasedDivisionRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsDeclined",
                table: "ReleasedDivisionRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsReceived",
                table: "ReleasedDivisionRollups");

            migrationBuilder.DropColumn(
                name: "PracticalMattersCompleted",
                table: "ReleasedBranchRollups");

            migrationBuilder.DropColumn(
                name: "PracticalMattersPlanned",
                table: "ReleasedBranchRollups");

            migrationBuilder.DropColumn(
                name: "ServiceProjects",
                table: "ReleasedBranchRollups");

            migrationBuilder.DropColumn(
                name: "ServiceProjectsClaimed",
                table: "ReleasedBranchRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsAdopted",
                table: "ReleasedBranchRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsAnswered",
                table: "ReleasedBranchRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsDeclined",
                table: "ReleasedBranchRollups");

            migrationBuilder.DropColumn(
                name: "SuggestionsReceived",
                table: "ReleasedBranchRollups");
        }
    }
}
