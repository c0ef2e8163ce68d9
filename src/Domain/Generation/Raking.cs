namespace PartyOrg.Domain.Generation;

/// <summary>
/// Iterative proportional fitting: adjusts a table of plausible affinities (rows: groups such as
/// sectors; columns: categories such as occupations) until its row sums equal the group sizes and
/// its column sums equal the target shares. The result gives, per group, the category
/// distribution that keeps local colour and still adds up to the published totals.
/// </summary>
internal static class Raking
{
    public static double[][] Fit(IReadOnlyList<double> rowTotals, double[][] seed, IReadOnlyList<double> columnShares, int iterations = 200)
    {
        var rows = rowTotals.Count;
        var columns = columnShares.Count;
        var grand = rowTotals.Sum();
        var shareSum = columnShares.Sum();
        var table = seed.Select(r => r.ToArray()).ToArray();
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            for (var r = 0; r < rows; r++)
            {
                var sum = table[r].Sum();
                for (var c = 0; c < columns && sum > 0; c++)
                {
                    table[r][c] *= rowTotals[r] / sum;
                }
            }

            for (var c = 0; c < columns; c++)
            {
                var sum = 0.0;
                for (var r = 0; r < rows; r++)
                {
                    sum += table[r][c];
                }

                var target = grand * columnShares[c] / shareSum;
                for (var r = 0; r < rows && sum > 0; r++)
                {
                    table[r][c] *= target / sum;
                }
            }
        }

        // Return each row as a distribution over the columns.
        return [.. table.Select(r =>
        {
            var sum = r.Sum();
            return sum > 0 ? r.Select(v => v / sum).ToArray() : r.Select(_ => 1.0 / columns).ToArray();
        })];
    }
}
