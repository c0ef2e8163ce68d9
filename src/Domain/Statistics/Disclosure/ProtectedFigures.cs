namespace PartyOrg.Domain.Statistics.Disclosure;

/// <summary>One count of a partition: how to read it from a rollup and, for a stored column, how to write it.</summary>
public sealed record ProtectedBucket(string Name, Func<MemberRollup, int> Read, Action<MemberRollup, int>? Write);

/// <summary>A breakdown of all members by one personal attribute: its buckets sum to the member count.</summary>
public sealed record ProtectedPartition(string Name, IReadOnlyList<ProtectedBucket> Buckets);

/// <summary>
/// The one place that says which rollup columns are computed from members' personal attributes
/// (gender, ethnicity, age, education, occupation, probationary status, retirement). Third-party
/// roles read these only from a release, with noise; every other column of a rollup is organisational
/// and exact for everyone. A column added to <see cref="MemberRollup"/> from a personal attribute is
/// protected by listing it here; join periods and community registration are not personal attributes
/// in this sense (a partner sees join dates of the members themselves).
/// </summary>
public static class ProtectedFigures
{
    public static IReadOnlyList<ProtectedPartition> Partitions { get; } =
    [
        Partition("gender", Column("men", r => r.Men, (r, v) => r.Men = v), Column("women", r => r.Women, (r, v) => r.Women = v)),
        Partition("ethnicity",
            Column("han", r => r.Han, (r, v) => r.Han = v), Column("mongol", r => r.Mongol, (r, v) => r.Mongol = v),
            Column("manchu", r => r.Manchu, (r, v) => r.Manchu = v), Column("hui", r => r.Hui, (r, v) => r.Hui = v),
            Column("daur", r => r.Daur, (r, v) => r.Daur = v), Column("ewenki", r => r.Ewenki, (r, v) => r.Ewenki = v),
            Column("oroqen", r => r.Oroqen, (r, v) => r.Oroqen = v), Column("korean", r => r.Korean, (r, v) => r.Korean = v),
            Column("otherEthnicity", r => r.OtherEthnicity, (r, v) => r.OtherEthnicity = v)),
        Partition("ageBand",
            Column("aged30OrUnder", r => r.Aged30OrUnder, (r, v) => r.Aged30OrUnder = v), Column("aged31To35", r => r.Aged31To35, (r, v) => r.Aged31To35 = v),
            Column("aged36To40", r => r.Aged36To40, (r, v) => r.Aged36To40 = v), Column("aged41To45", r => r.Aged41To45, (r, v) => r.Aged41To45 = v),
            Column("aged46To50", r => r.Aged46To50, (r, v) => r.Aged46To50 = v), Column("aged51To55", r => r.Aged51To55, (r, v) => r.Aged51To55 = v),
            Column("aged56To60", r => r.Aged56To60, (r, v) => r.Aged56To60 = v), Column("aged61OrOver", r => r.Aged61OrOver, (r, v) => r.Aged61OrOver = v)),
        Partition("education",
            Column("primary", r => r.PrimaryEducation, (r, v) => r.PrimaryEducation = v), Column("juniorSecondary", r => r.JuniorSecondary, (r, v) => r.JuniorSecondary = v),
            Column("seniorSecondary", r => r.SeniorSecondary, (r, v) => r.SeniorSecondary = v), Column("associate", r => r.Associate, (r, v) => r.Associate = v),
            Column("bachelor", r => r.Bachelor, (r, v) => r.Bachelor = v), Column("postgraduate", r => r.Postgraduate, (r, v) => r.Postgraduate = v)),
        Partition("occupation",
            Column("workers", r => r.Workers, (r, v) => r.Workers = v), Column("farmerHerders", r => r.FarmerHerders, (r, v) => r.FarmerHerders = v),
            Column("professionalTechnical", r => r.ProfessionalTechnical, (r, v) => r.ProfessionalTechnical = v), Column("managers", r => r.Managers, (r, v) => r.Managers = v),
            Column("partyGovernmentStaff", r => r.PartyGovernmentStaff, (r, v) => r.PartyGovernmentStaff = v), Column("students", r => r.Students, (r, v) => r.Students = v),
            Column("retirees", r => r.Retirees, (r, v) => r.Retirees = v), Column("otherOccupation", r => r.OtherOccupation, (r, v) => r.OtherOccupation = v)),
        Partition("status", Column("full", r => r.Full, (r, v) => r.Full = v), Column("probationary", r => r.Probationary, (r, v) => r.Probationary = v)),

        // Retirement is one column; its complement makes it a partition, so the retired count is noised like any bucket.
        Partition("retirement", Column("retired", r => r.Retired, (r, v) => r.Retired = v), new ProtectedBucket("notRetired", r => r.Members - r.Retired, null)),
    ];

    /// <summary>A copy of <paramref name="live"/> whose protected columns are those of <paramref name="released"/>, marked with the release.</summary>
    public static T Overlay<T>(T live, MemberRollup released, PublishedRelease release)
        where T : MemberRollup
    {
        var view = (T)live.Copy();
        CopyProtected(released, view);
        view.Published = release;
        return view;
    }

    /// <summary>Copies every stored protected column from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static void CopyProtected(MemberRollup from, MemberRollup to)
    {
        foreach (var bucket in Partitions.SelectMany(p => p.Buckets))
        {
            bucket.Write?.Invoke(to, bucket.Read(from));
        }
    }

    private static ProtectedPartition Partition(string name, params ProtectedBucket[] buckets) => new(name, buckets);

    private static ProtectedBucket Column(string name, Func<MemberRollup, int> read, Action<MemberRollup, int> write) => new(name, read, write);
}

/// <summary>Where a third-party view's protected counts come from: the release (null for a node made since), and the member count they sum to.</summary>
public sealed record PublishedRelease(int? Release, int Members);
