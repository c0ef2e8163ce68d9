using System.Text.RegularExpressions;
using PartyOrg.Benchmarks.Measuring;
using PartyOrg.Benchmarks.Setup;

namespace PartyOrg.Benchmarks.Reporting;

/// <summary>For <c>--show-sql</c>: the statements of one request from the API and from the floor, with the database's plans.</summary>
public static partial class SqlReport
{
    private const int Repetitions = 5;

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<CaseResult> results, FloorDatabase database, CancellationToken cancellationToken)
    {
        foreach (var result in results)
        {
            output.WriteLine($"=== {result.Query.Name}: the API's {result.ApiStatements.Count} statements (EF Core) ===");
            IReadOnlyList<double> replayed;
            await using (var replay = await SqlReplay.PrepareAsync(database, result.ApiStatements, cancellationToken))
            {
                replayed = await replay.TimeEachAsync(Repetitions, cancellationToken);
            }

            foreach (var (statement, raw) in result.ApiStatements.Zip(replayed))
            {
                output.WriteLine($"-- {statement.Duration.TotalMilliseconds:0.00} ms in the API (execution until its reader was disposed, one request); " +
                    $"{raw:0.00} ms replayed raw (median of {Repetitions})");
                await WriteStatementAsync(output, statement.Sql, statement.Parameters, database, cancellationToken);
            }

            output.WriteLine($"=== {result.Query.Name}: the floor's {result.FloorStatements.Count} statements ===");
            foreach (var sql in result.FloorStatements)
            {
                // Plans do not depend on the values here; the floor's parameters are bound to NULL to explain.
                var parameters = ParameterName().Matches(sql).Select(m => m.Value).Distinct()
                    .Select(name => KeyValuePair.Create<string, object?>(name, null)).ToList();
                await WriteStatementAsync(output, sql, parameters, database, cancellationToken);
            }
        }
    }

    private static async Task WriteStatementAsync(
        TextWriter output, string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters, FloorDatabase database, CancellationToken cancellationToken)
    {
        output.WriteLine(ParameterRun().Replace(sql, m => $"{m.Groups[1].Value}, …, {m.Groups[3].Value} ({m.Value.Split(',').Length} parameters)"));
        output.WriteLine("-- plan:");
        foreach (var line in await SqlReplay.ExplainAsync(database, sql, parameters, cancellationToken))
        {
            output.WriteLine("--" + line);
        }

        output.WriteLine();
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex ParameterName();

    /// <summary>Three or more parameters in a row, e.g. an IN list: first, the run, last.</summary>
    [GeneratedRegex(@"(@\w+)((?:,\s*@\w+)+),\s*(@\w+)")]
    private static partial Regex ParameterRun();
}
