using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// Village facts: service centres, community funds, the two committees, first secretaries, work
/// teams and grids. They describe real villages, so they are generated in full at every scale.
/// </summary>
internal sealed class VillageFactsGenerator(IReadOnlyList<Place> places, int seed, DateOnly asOf)
{
    public async Task WriteAsync(ISeedSink sink, CancellationToken cancellationToken)
    {
        await WriteVillagesAsync(sink, cancellationToken);
        await new CommitteeGenerator(places, seed).WriteAsync(sink, cancellationToken);
        await WriteAssignmentsAsync(sink, cancellationToken);
        await WriteGridsAsync(sink, cancellationToken);
    }

    private async Task WriteVillagesAsync(ISeedSink sink, CancellationToken cancellationToken)
    {
        var random = new SeededRandom(seed, "service-centres");
        // The few villages still without a centre are rural or "other" units, rarely communities.
        var hasCenter = Allocation.ChooseWeighted(random, Calibration.ServiceCenters,
            [.. places.Select(p => p.IsCommunity ? 40.0 : p.Village.Kind == VillageKind.Other ? 1.0 : 8.0)]);
        var centerWeights = places.Select(p => !hasCenter[p.Index] ? 0.0 : p.IsUrban ? 3.0 : 1.0).ToArray();
        var linked = Allocation.ChooseWeighted(random, Calibration.ServiceCentersLinkedOnline, centerWeights);
        foreach (var place in places)
        {
            var source = place.Village;
            await sink.AddAsync(new Village
            {
                Code = source.Code,
                TownshipCode = source.TownshipCode,
                Name = source.Name,
                Kind = source.Kind,
                HasServiceCenter = hasCenter[place.Index],
                ServiceCenterLinkedOnline = linked[place.Index],
                AnnualServiceFund = place.IsCommunity ? Calibration.CommunityServiceFund : null,
            }, cancellationToken);
        }

        await sink.FlushAsync(cancellationToken);
    }

    private async Task WriteAssignmentsAsync(ISeedSink sink, CancellationToken cancellationToken)
    {
        var random = new SeededRandom(seed, "assignments");
        // First secretaries go mostly to rural villages and gachas, fewer to communities.
        var hasFirstSecretary = Allocation.ChooseWeighted(random, Calibration.FirstSecretaries,
            [.. places.Select(p => p.IsCommunity ? 0.15 : p.Village.Kind == VillageKind.Other ? 0.5 : 1.0)]);
        // Work teams are usually led by the village's first secretary.
        var hasTeam = Allocation.ChooseWeighted(random, Calibration.WorkTeams,
            [.. places.Select(p => hasFirstSecretary[p.Index] ? 20.0 : 0.2)]);
        var teamPlaces = places.Where(p => hasTeam[p.Index]).ToList();
        var cadresPerTeam = Allocation.Apportion(Calibration.ResidentCadres - (2L * teamPlaces.Count),
            [.. teamPlaces.Select(_ => 0.3 + random.NextDouble())]);

        long secretaryId = 0;
        foreach (var place in places.Where(p => hasFirstSecretary[p.Index]))
        {
            await sink.AddAsync(new FirstSecretary
            {
                Id = ++secretaryId,
                VillageCode = place.Village.Code,
                Name = Names.Person(random),
                SentBy = SendingUnit(random, place),
                StartedOn = asOf.AddDays(-random.Between(30, 3 * 365)),
            }, cancellationToken);
        }

        long teamId = 0;
        long cadreId = 0;
        var teams = new List<(long Id, int Cadres)>();
        foreach (var (place, index) in teamPlaces.Select((p, i) => (p, i)))
        {
            await sink.AddAsync(new WorkTeam
            {
                Id = ++teamId,
                VillageCode = place.Village.Code,
                SentBy = SendingUnit(random, place),
                StartedOn = asOf.AddDays(-random.Between(30, 2 * 365)),
            }, cancellationToken);
            teams.Add((teamId, 2 + cadresPerTeam[index]));
        }

        await sink.FlushAsync(cancellationToken);
        foreach (var (id, cadres) in teams)
        {
            for (var k = 0; k < cadres; k++)
            {
                await sink.AddAsync(new ResidentCadre { Id = ++cadreId, WorkTeamId = id, Name = Names.Person(random), IsLeader = k == 0 }, cancellationToken);
            }
        }

        await sink.FlushAsync(cancellationToken);
    }

    private async Task WriteGridsAsync(ISeedSink sink, CancellationToken cancellationToken)
    {
        var random = new SeededRandom(seed, "grids");
        // Every village has at least one grid; communities are divided far more finely.
        var gridsPerVillage = Allocation.Apportion(Calibration.Grids - places.Count,
            [.. places.Select(p => (p.IsCommunity ? 12.0 : p.Village.Kind == VillageKind.Other ? 2.0 : 5.0) * (0.5 + random.NextDouble()))]);
        var grids = new List<(long Id, bool Urban)>();
        long gridId = 0;
        foreach (var place in places)
        {
            for (var number = 1; number <= 1 + gridsPerVillage[place.Index]; number++)
            {
                await sink.AddAsync(new Grid
                {
                    Id = ++gridId,
                    VillageCode = place.Village.Code,
                    Number = number,
                    Households = place.IsCommunity ? random.Between(150, 400) : random.Between(30, 200),
                }, cancellationToken);
                grids.Add((gridId, place.IsCommunity));
            }
        }

        await sink.FlushAsync(cancellationToken);
        var workersPerGrid = Allocation.Apportion(Calibration.GridWorkers - grids.Count,
            [.. grids.Select(g => (g.Urban ? 2.5 : 1.4) * (0.5 + random.NextDouble()))]);
        long workerId = 0;
        for (var g = 0; g < grids.Count; g++)
        {
            for (var k = 0; k <= workersPerGrid[g]; k++)
            {
                await sink.AddAsync(new GridWorker
                {
                    Id = ++workerId,
                    GridId = grids[g].Id,
                    Name = Names.Person(random),
                    FullTime = k == 0 && (grids[g].Urban || random.Chance(0.3)),
                }, cancellationToken);
            }
        }

        await sink.FlushAsync(cancellationToken);
    }

    private static string SendingUnit(SeededRandom random, Place place) =>
        Names.SendingUnit(random, "自治区", place.League.Name, place.Banner.Name);
}
