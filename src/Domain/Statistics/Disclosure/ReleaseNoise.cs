namespace PartyOrg.Domain.Statistics.Disclosure;

/// <summary>Turns a live rollup into its released counts: noise on every protected bucket, then each partition fitted to the exact member count.</summary>
public sealed class ReleaseNoise(NoiseKey key, double epsilon)
{
    /// <summary>Writes the released counts of <paramref name="live"/>, whose noise is named by <paramref name="node"/>, into <paramref name="released"/>.</summary>
    public T Apply<T>(MemberRollup live, string node, T released)
        where T : MemberRollup
    {
        released.Members = live.Members;
        foreach (var partition in ProtectedFigures.Partitions)
        {
            var noisy = partition.Buckets.Select(b => b.Read(live) + key.Noise(node, $"{partition.Name}.{b.Name}", epsilon)).ToList();
            var fitted = ConsistentCounts.Fit(noisy, live.Members);
            for (var i = 0; i < fitted.Length; i++)
            {
                partition.Buckets[i].Write?.Invoke(released, fitted[i]);
            }
        }

        return released;
    }

    /// <summary>The noise name of a division: its code.</summary>
    public static string DivisionNode(string code) => $"division:{code}";

    /// <summary>The noise name of a branch: its key.</summary>
    public static string BranchNode(long branchId) => $"branch:{branchId}";
}
