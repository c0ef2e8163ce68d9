namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>Runs every case of <see cref="HostileCorpus"/> against one production-configured host, checking it still answers after each.</summary>
public sealed class HostileCorpusTests(HostileApiFactory api) : IClassFixture<HostileApiFactory>
{
    public static TheoryData<string> Names => [.. HostileCorpus.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Hostile_request_gets_its_specific_answer_and_the_service_still_answers(string name)
    {
        var hostile = HostileCorpus.Find(name);
        using var timeout = new CancellationTokenSource(HostileHttp.ClientTimeout);

        await hostile.Run(api, timeout.Token);

        await api.AssertStillAnswersAsync();
    }

    [Fact]
    public void Corpus_has_at_least_110_uniquely_named_cases()
    {
        Assert.True(HostileCorpus.All.Count >= 110, $"The corpus has {HostileCorpus.All.Count} cases.");
        Assert.Empty(HostileCorpus.All.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Every_family_has_several_cases_and_the_summary_counts_them()
    {
        var counts = HostileCorpus.All.GroupBy(c => c.Family).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(HostileCorpus.Summary.OrderBy(e => e.Key, StringComparer.Ordinal), counts.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.All(counts, family => Assert.True(family.Value >= 3, $"{family.Key} has only {family.Value} cases."));
    }
}
