using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// Generates, deterministically from the seed, everything under the real divisions: village facts,
/// branches with their ratings and rectifications, members, secretaries and meetings, and the public services:
/// suggestions, practical-matter lists, volunteer projects and the one-network catalogue.
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
        var organs = Organs.Designate(branches);
        foreach (var generated in branches)
        {
            await sink.AddAsync(generated.Branch, cancellationToken);
        }

        await sink.FlushAsync(cancellationToken);
        foreach (var rectification in generator.Rectifications)
        {
            await sink.AddAsync(rectification, cancellationToken);
        }

        var members = new MemberGenerator(branches, places, seed, asOf);
        await members.WriteAsync(sink, cancellationToken);
        await new MeetingGenerator(branches, seed, asOf).WriteAsync(sink, cancellationToken);

        foreach (var service in OneNetworkServices.All)
        {
            await sink.AddAsync(service, cancellationToken);
        }

        var suggestions = new SuggestionGenerator(branches, places, organs, seed, asOf);
        await suggestions.WriteAsync(sink, cancellationToken);
        await new PracticalMatterGenerator(branches, organs, seed, asOf).WriteAsync(sink, suggestions.Adopted, cancellationToken);
        await new ServiceProjectGenerator(branches, seed, asOf).WriteAsync(sink, members.Registered, cancellationToken);
    }
}
