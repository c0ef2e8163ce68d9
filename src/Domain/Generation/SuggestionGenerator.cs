using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// A year of suggestions: exactly the article's 1,768 in Hinggan League at full scale, a fixed rate per member
/// elsewhere. Each concerns a division of its league at some level, came through one of the article's channels,
/// and most got a reply within days; an adopted one becomes an item on the list of the branch that holds it.
/// </summary>
internal sealed class SuggestionGenerator(IReadOnlyList<GeneratedBranch> branches, IReadOnlyList<Place> places, Organs organs, int seed, DateOnly asOf)
{
    private static readonly double[] LevelWeights = [0, 0.05, 0.15, 0.20, 0.60];
    private static readonly double[] ChannelWeights = [0.15, 0.30, 0.25, 0.20, 0.05, 0.05];
    private static readonly double[] ReplyWeights = [0.45, 0.40, 0.15];

    /// <summary>The adopted suggestions, with the branch whose list takes them up.</summary>
    public List<(Suggestion Suggestion, long BranchId, ServiceCategory Category)> Adopted { get; } = [];

    public async Task WriteAsync(ISeedSink sink, CancellationToken cancellationToken)
    {
        var random = new SeededRandom(seed, "suggestions");
        var scale = branches.Count / (double)Calibration.FullBranches;
        var byPlace = branches.Where(b => !organs.Contains(b)).ToLookup(b => b.Plan.Place.Index);
        long id = 0;
        foreach (var league in places.GroupBy(p => p.League.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var leaguePlaces = league.ToList();
            var members = branches.Where(b => b.Plan.Place.League.Code == league.Key).Sum(b => (long)b.Size);
            var target = league.Key == Calibration.HingganLeague
                ? (int)Math.Round(Calibration.HingganSuggestions * scale)
                : (int)Math.Round(Calibration.OtherLeaguesSuggestionsPerThousandMembers * members / 1000.0);
            for (var k = 0; k < target; k++)
            {
                var place = random.Pick(leaguePlaces);
                var here = byPlace[place.Index].ToList();
                var collector = here.Count > 0 && random.Chance(0.35) ? random.Pick(here) : null;
                await sink.AddAsync(Draw(random, ++id, place, collector, here.FirstOrDefault()), cancellationToken);
            }
        }

        await sink.FlushAsync(cancellationToken);
    }

    /// <param name="local">A branch of the place, which takes up an adopted village suggestion nobody in particular collected.</param>
    private Suggestion Draw(SeededRandom random, long id, Place place, GeneratedBranch? collector, GeneratedBranch? local)
    {
        var level = DivisionLevels.All[random.PickWeighted(LevelWeights)];
        var code = level.CodeAbove(place.Village.Code);
        var category = random.Pick(PublicServiceTexts.Categories);
        var submitted = asOf.AddDays(-random.Between(0, 364));
        var status = SuggestionStatus.Received;
        DateOnly? responded = null;
        var days = (int)Math.Round(Math.Exp(Math.Log(8) + (0.8 * random.NextGaussian())));
        if (submitted.AddDays(days) <= asOf)
        {
            status = (SuggestionStatus)(1 + random.PickWeighted(ReplyWeights));
            responded = submitted.AddDays(days);
        }

        var holder = collector ?? (level.Level == DivisionLevel.Village ? local : null);
        if (status == SuggestionStatus.Adopted && holder is null)
        {
            status = SuggestionStatus.Answered;
        }

        var suggestion = new Suggestion
        {
            Id = id,
            Channel = (SuggestionChannel)random.PickWeighted(ChannelWeights),
            Text = PublicServiceTexts.Suggestion(category, Short(level, place)),
            SubmittedOn = submitted,
            DivisionCode = code,
            Level = level.Level,
            AreaCode = Suggestion.AreaOf(code),
            CollectedByBranchId = collector?.Branch.Id,
            Contact = random.Chance(0.55) ? $"1{random.Between(30, 89)}{random.Between(0, 9999):D4}{random.Between(0, 9999):D4}" : null,
            Status = status,
            RespondedOn = responded,
            Response = status == SuggestionStatus.Received ? null : Reply(status),
        };
        if (status == SuggestionStatus.Adopted)
        {
            Adopted.Add((suggestion, holder!.Branch.Id, category));
        }

        return suggestion;
    }

    private static string Short(LevelSpec level, Place place) => level.Level switch
    {
        DivisionLevel.League => place.League.Name,
        DivisionLevel.Banner => place.Banner.Name,
        DivisionLevel.Township => place.Township.Name,
        _ => place.ShortName,
    };

    private static string Reply(SuggestionStatus status) => status switch
    {
        SuggestionStatus.Adopted => "已纳入办实事清单。",
        SuggestionStatus.Answered => "已答复并说明有关政策。",
        _ => "经研究暂不具备实施条件，已向您说明。",
    };
}
