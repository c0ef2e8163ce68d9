namespace PartyOrg.Domain.Generation;

/// <summary>What a generation run wrote and how long it took.</summary>
public sealed record SeedReport(SeedScale Scale, int Seed, IReadOnlyDictionary<string, long> RowsByTable, TimeSpan Elapsed)
{
    public long TotalRows => RowsByTable.Values.Sum();

    public double RowsPerSecond => TotalRows / Math.Max(Elapsed.TotalSeconds, 0.001);

    public override string ToString() =>
        $"Generated {Scale.Name()} scale (seed {Seed}): {TotalRows:N0} rows in {Elapsed.TotalSeconds:N1} s " +
        $"({RowsPerSecond:N0} rows/s); " + string.Join(", ", RowsByTable.Select(p => $"{p.Key} {p.Value:N0}"));
}
