using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PartyOrg.Domain.Data;

namespace PartyOrg.Domain.Tests.Data;

/// <summary>
/// The SQL Server migrations, checked without a server: the scripts they generate parse as T-SQL,
/// create the model's tables and access-path indexes, and nothing in the model is left unmigrated.
/// </summary>
public sealed class SqlServerMigrationTests
{
    private const string HistoryTable = "__EFMigrationsHistory";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Migration_script_parses_as_TSql_without_errors(bool idempotent)
    {
        var (_, errors) = Parse(GenerateScript(idempotent));

        Assert.True(
            errors.Count == 0,
            $"{errors.Count} T-SQL parse error(s):{Environment.NewLine}" +
            string.Join(Environment.NewLine, errors.Select(e => $"  line {e.Line}, column {e.Column}: {e.Message}")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Migration_script_creates_exactly_the_model_tables_and_the_history_table(bool idempotent)
    {
        using var context = NewSqlServerContext();
        var modelTables = context.Model.GetEntityTypes()
            .Select(e => e.GetTableName()!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(modelTables);

        var (script, _) = Parse(GenerateScript(idempotent));
        var created = new SchemaStatements();
        script.Accept(created);

        Assert.Equal(
            modelTables.Append(HistoryTable).Order(StringComparer.Ordinal),
            created.Tables.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("IX_Members_BranchId_Id", "Members(BranchId, Id)")]
    [InlineData("IX_Members_VillageCode", "Members(VillageCode)")]
    [InlineData("IX_Members_RegisteredCommunityCode", "Members(RegisteredCommunityCode)")]
    [InlineData("IX_Branches_VillageCode_Id", "Branches(VillageCode, Id)")]
    [InlineData("IX_Branches_Rating_VillageCode", "Branches(Rating, VillageCode)")]
    [InlineData("IX_Meetings_BranchId_HeldOn", "Meetings(BranchId, HeldOn)")]
    [InlineData("IX_Rectifications_VillageCode_ListedYear", "Rectifications(VillageCode, ListedYear)")]
    public void Migration_script_creates_the_access_path_index(string index, string expected)
    {
        var (script, _) = Parse(GenerateScript(idempotent: false));
        var created = new SchemaStatements();
        script.Accept(created);

        Assert.True(created.Indexes.TryGetValue(index, out var definition), $"No CREATE INDEX [{index}] in the script.");
        Assert.Equal(expected, definition);
    }

    [Fact]
    public void Migrations_are_up_to_date_with_the_model()
    {
        using var context = NewSqlServerContext();

        Assert.False(
            context.Database.HasPendingModelChanges(),
            "The model has changes no migration covers: add one (see docs/migrations.md).");
    }

    private static PartyDbContext NewSqlServerContext() =>
        new(new DbContextOptionsBuilder<PartyDbContext>()
            .UseSqlServer("Server=unused;Database=party;Integrated Security=true")
            .Options);

    private static string GenerateScript(bool idempotent)
    {
        using var context = NewSqlServerContext();
        return context.GetService<IMigrator>().GenerateScript(
            options: idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default);
    }

    /// <summary>Parses a whole script; ScriptDom splits it into batches on the <c>GO</c> separators itself.</summary>
    private static (TSqlFragment Script, IList<ParseError> Errors) Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var script = parser.Parse(reader, out var errors);
        return (script, errors);
    }

    /// <summary>Collects the tables and indexes a parsed script creates, wherever they are nested.</summary>
    private sealed class SchemaStatements : TSqlFragmentVisitor
    {
        public List<string> Tables { get; } = [];

        /// <summary>Index name → "Table(Column, ...)".</summary>
        public Dictionary<string, string> Indexes { get; } = new(StringComparer.Ordinal);

        public override void Visit(CreateTableStatement node) =>
            Tables.Add(node.SchemaObjectName.BaseIdentifier.Value);

        public override void Visit(CreateIndexStatement node)
        {
            var columns = node.Columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value);
            Indexes.Add(node.Name.Value, $"{node.OnName.BaseIdentifier.Value}({string.Join(", ", columns)})");
        }
    }
}
