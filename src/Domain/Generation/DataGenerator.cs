using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// Generates, deterministically from the seed, everything under the real divisions: village facts,
/// branches with their ratings and rectifications, members, secretaries and meetings.
/// </summary>
internal sealed class DataGenerator(DivisionCatalog catalog, SeedScale scale, int seed, DateOnly asOf)
{
    public async Task WriteAsync(ISeedSink sink, CancellationToken cancellationToken)
    {
        var places = Place.All(catalog);
        await new VillageFactsGenerator(places, seed, asOf).WriteAsync(sink, cancellationToken);

        var plan = new BranchPlanner(places, seed).Plan(scale);
        var generator = new BranchGenerator(plan, seed, asOf);
        var branches = generator.Generate();
        foreach (var generated in branches)
        {
            await sink.AddAsync(generated.Branch, cancellationToken);
        }

        await sink.FlushAsync(cancellationToken);
        foreach (var rectification in generator.Rectifications)
        {
            await sink.AddAsync(rectification, cancellationToken);
        }

        await new MemberGenerator(branches, places, seed, asOf).WriteAsync(sink, cancellationToken);
        await new MeetingGenerator(branches, seed, asOf).WriteAsync(sink, cancellationToken);
    }
}
