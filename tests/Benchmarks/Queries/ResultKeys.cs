namespace PartyOrg.Benchmarks.Queries;

/// <summary>
/// What a result holds, level by level in document order: each row as its key and the selected
/// fields, so the API's JSON and the floor's rows can be compared row for row.
/// </summary>
public sealed class ResultKeys
{
    private readonly List<(string Level, List<string> Rows)> _levels = [];

    public void Add(string level, params string[] fields)
    {
        var index = _levels.FindIndex(l => l.Level == level);
        if (index < 0)
        {
            _levels.Add((level, []));
            index = _levels.Count - 1;
        }

        _levels[index].Rows.Add(string.Join(" | ", fields));
    }

    /// <summary>E.g. "leagues 10, banners 50, …".</summary>
    public string Counts => string.Join(", ", _levels.Select(l => $"{l.Level} {l.Rows.Count:N0}"));

    public int TotalRows => _levels.Sum(l => l.Rows.Count);

    /// <summary>The first difference per level, or none when both hold the same rows in the same order.</summary>
    public IReadOnlyList<string> Differences(ResultKeys floor)
    {
        var differences = new List<string>();
        foreach (var level in _levels.Select(l => l.Level).Union(floor._levels.Select(l => l.Level)))
        {
            var api = Rows(level);
            var other = floor.Rows(level);
            if (api.Count != other.Count)
            {
                differences.Add($"{level}: API {api.Count:N0} rows, floor {other.Count:N0}");
                continue;
            }

            var at = Enumerable.Range(0, api.Count).FirstOrDefault(i => api[i] != other[i], -1);
            if (at >= 0)
            {
                differences.Add($"{level} row {at}: API '{api[at]}', floor '{other[at]}'");
            }
        }

        return differences;
    }

    private List<string> Rows(string level) => _levels.FirstOrDefault(l => l.Level == level).Rows ?? [];
}
