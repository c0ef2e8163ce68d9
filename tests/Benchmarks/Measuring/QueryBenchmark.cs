using PartyOrg.Benchmarks.Hosting;
using PartyOrg.Benchmarks.Queries;
using PartyOrg.Benchmarks.Setup;

namespace PartyOrg.Benchmarks.Measuring;

/// <summary>Everything measured for one query.</summary>
public sealed record CaseResult(
    IQueryCase Query,
    ResultKeys Rows,
    IReadOnlyList<string> Differences,
    long ResponseBytes,
    SequentialSample Api,
    SequentialSample Floor,
    SequentialSample Replay,
    LoadSample ApiLoad,
    LoadSample FloorLoad,
    IReadOnlyList<CapturedStatement> ApiStatements,
    IReadOnlyList<string> FloorStatements)
{
    public double StatementsPerRequest => Api.Probes.Average(p => (double)p.Statements);
}

/// <summary>Verifies a query against its floor, then measures both: one at a time, replayed SQL, and under load.</summary>
public sealed class QueryBenchmark(GraphQLClient client, ServerProbes probes, FloorDatabase database, BenchmarkOptions options, TextWriter log)
{
    public async Task<CaseResult> RunAsync(IQueryCase query, CancellationToken cancellationToken)
    {
        var body = GraphQLClient.Body(query.GraphQL);
        log.WriteLine($"[{query.Name}] verifying the API's rows against the floor …");
        var (data, bytes) = await client.FetchAsync(body, cancellationToken);
        var apiRows = query.KeysOf(data);
        await using var floor = await query.OpenFloorAsync(database, cancellationToken);
        var differences = apiRows.Differences((await floor.RunAsync(cancellationToken)).Keys());

        log.WriteLine($"[{query.Name}] up to {options.Warmup} warm-ups + {options.Requests} sequential requests each (≤ {options.SeriesBudget.TotalSeconds:0} s): API, floor, replayed EF SQL …");
        var api = await Runs.SequentialAsync(ct => client.SendAsync(body, ct), options.Warmup, options.Requests, options.SeriesBudget, probes, cancellationToken);
        var statements = await CaptureStatementsAsync(body, cancellationToken);
        var floorSample = await Runs.SequentialAsync(floor.RunAsync, options.Warmup, options.Requests, options.SeriesBudget, null, cancellationToken);
        SequentialSample replaySample;
        await using (var replay = await SqlReplay.PrepareAsync(database, statements, cancellationToken))
        {
            replaySample = await Runs.SequentialAsync(replay.RunAsync, options.Warmup, options.Requests, options.SeriesBudget, null, cancellationToken);
        }

        log.WriteLine($"[{query.Name}] {options.Concurrency} concurrent workers for {options.LoadDuration.TotalSeconds:0} s each: API, floor …");
        var apiLoad = await Runs.ConcurrentAsync((_, ct) => client.SendAsync(body, ct), options.Concurrency, options.LoadDuration, cancellationToken);
        var floors = new List<IFloor>();
        try
        {
            for (var i = 0; i < options.Concurrency; i++)
            {
                floors.Add(await query.OpenFloorAsync(database, cancellationToken));
            }

            var floorLoad = await Runs.ConcurrentAsync((w, ct) => floors[w].RunAsync(ct), options.Concurrency, options.LoadDuration, cancellationToken);
            return new CaseResult(query, apiRows, differences, bytes, api, floorSample, replaySample, apiLoad, floorLoad, statements, floor.Statements);
        }
        finally
        {
            foreach (var f in floors)
            {
                await f.DisposeAsync();
            }
        }
    }

    /// <summary>The statements of one more request, as EF Core sent them.</summary>
    private async Task<IReadOnlyList<CapturedStatement>> CaptureStatementsAsync(byte[] body, CancellationToken cancellationToken)
    {
        probes.StartCapture();
        try
        {
            await client.SendAsync(body, cancellationToken);
        }
        finally
        {
            probes.StopCapture();
        }

        return [.. probes.Captured];
    }
}
