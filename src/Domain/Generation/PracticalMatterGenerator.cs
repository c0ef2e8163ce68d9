using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// Practical-matter lists of the year: most organs and many institutions keep one, some village and community
/// branches too, one member in a hundred in organs and institutions keeps a personal one; adopted suggestions join
/// the list of the branch that holds them. The two organs the article names get exactly their figures.
/// </summary>
internal sealed class PracticalMatterGenerator(IReadOnlyList<GeneratedBranch> branches, Organs organs, int seed, DateOnly asOf)
{
    private static readonly string[] ElderlyMatters =
    [
        "老干部健康体检", "送学上门服务", "开通为老服务热线", "老年助餐服务", "节日走访慰问", "老年大学扩大招生", "智能手机使用培训", "离退休干部党支部活动阵地建设",
    ];

    private readonly List<PracticalMatterList> _lists = [];
    private readonly List<PracticalMatter> _matters = [];
    private readonly Dictionary<long, PracticalMatterList> _organisationLists = [];
    private readonly SeededRandom _random = new(seed, "practical-matters");

    public async Task WriteAsync(ISeedSink sink, IReadOnlyList<(Suggestion Suggestion, long BranchId, ServiceCategory Category)> adopted, CancellationToken cancellationToken)
    {
        AddOrgans();
        long member = 0;
        foreach (var generated in branches)
        {
            if (!organs.Contains(generated))
            {
                AddOrdinary(generated, member);
            }

            member += generated.Size;
        }

        foreach (var (suggestion, branchId, category) in adopted)
        {
            var list = OrganisationList(branches[(int)branchId - 1]);
            var planned = suggestion.RespondedOn!.Value.AddDays(_random.Between(30, 180));
            var completed = planned <= asOf && _random.Chance(0.7) ? planned.AddDays(-_random.Between(0, 20)) : (DateOnly?)null;
            Add(list, PublicServiceTexts.Matter(category), category, planned, completed is { } c && c < suggestion.RespondedOn ? suggestion.RespondedOn : completed, suggestion.Id);
        }

        foreach (var list in _lists)
        {
            await sink.AddAsync(list, cancellationToken);
        }

        await sink.FlushAsync(cancellationToken);
        foreach (var matter in _matters)
        {
            await sink.AddAsync(matter, cancellationToken);
        }

        await sink.FlushAsync(cancellationToken);
    }

    private void AddOrgans()
    {
        var procuratorate = OrganisationList(organs.Procuratorate);
        procuratorate.Title = "杭锦旗人民检察院“我为群众办实事”清单";
        var done = Allocation.ChooseUniform(_random, Calibration.HangginMattersCompleted, Calibration.HangginMattersPlanned);
        ServiceCategory[] duties = [ServiceCategory.PublicInterestLitigation, ServiceCategory.LegalAid, ServiceCategory.CollectiveEconomy, ServiceCategory.Environment];
        for (var i = 0; i < Calibration.HangginMattersPlanned; i++)
        {
            var planned = new DateOnly(asOf.Year, 1 + (i % 12), _random.Between(1, 28));
            Add(procuratorate, PublicServiceTexts.Matter(duties[i % duties.Length]), duties[i % duties.Length], planned,
                done[i] ? asOf.AddDays(-_random.Between(1, 150)) : null, null);
        }

        var bureau = OrganisationList(organs.VeteranCadreBureau);
        procuratorate.IsPublished = true;
        bureau.Title = "乌海市委老干部局“为老服务类”办实事项目";
        bureau.IsPublished = true;
        foreach (var (title, i) in ElderlyMatters.Take(Calibration.WuhaiElderlyMatters).Select((t, i) => (t, i)))
        {
            var planned = new DateOnly(asOf.Year, 2 + i, 15);
            Add(bureau, title, ServiceCategory.ElderlyServices, planned, planned <= asOf ? planned : null, null);
        }
    }

    private void AddOrdinary(GeneratedBranch generated, long firstMember)
    {
        var sector = generated.Branch.Sector;
        var chance = sector switch
        {
            BranchSector.Government => 0.9,
            BranchSector.PublicInstitution or BranchSector.StateEnterprise or BranchSector.University => 0.5,
            BranchSector.Rural or BranchSector.Community => 0.25,
            _ => 0.1,
        };
        if (_random.Chance(chance))
        {
            var list = OrganisationList(generated);
            AddItems(list, _random.Between(3, 8));
        }

        if (sector is BranchSector.Government or BranchSector.PublicInstitution)
        {
            for (var k = 0; k < generated.Size; k++)
            {
                if (_random.Chance(0.01))
                {
                    var list = NewList(generated, firstMember + k + 1, "个人办实事清单", published: false);
                    AddItems(list, _random.Between(1, 3));
                }
            }
        }
    }

    private void AddItems(PracticalMatterList list, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var category = _random.Pick(PublicServiceTexts.Categories);
            var planned = new DateOnly(asOf.Year, _random.Between(1, 12), _random.Between(1, 28));
            var chance = planned <= asOf ? 0.8 : 0.2;
            var completed = _random.Chance(chance) ? Later(new DateOnly(asOf.Year, 1, 1), Earlier(planned, asOf).AddDays(-_random.Between(0, 20))) : (DateOnly?)null;
            Add(list, PublicServiceTexts.Matter(category), category, planned, completed, null);
        }
    }

    private PracticalMatterList OrganisationList(GeneratedBranch generated)
    {
        if (!_organisationLists.TryGetValue(generated.Branch.Id, out var list))
        {
            _organisationLists[generated.Branch.Id] = list = NewList(generated, null, "“我为群众办实事”清单", _random.Chance(0.7));
        }

        return list;
    }

    private PracticalMatterList NewList(GeneratedBranch generated, long? member, string title, bool published)
    {
        var list = new PracticalMatterList
        {
            Id = _lists.Count + 1,
            Title = $"{asOf.Year}年{title}",
            Year = asOf.Year,
            BranchId = generated.Branch.Id,
            MemberId = member,
            VillageCode = generated.Branch.VillageCode,
            IsPublished = published,
        };
        _lists.Add(list);
        return list;
    }

    private void Add(PracticalMatterList list, string title, ServiceCategory category, DateOnly planned, DateOnly? completed, long? suggestion)
    {
        _matters.Add(new PracticalMatter
        {
            Id = _matters.Count + 1,
            ListId = list.Id,
            BranchId = list.BranchId,
            VillageCode = list.VillageCode,
            Title = title,
            Category = category,
            SourceSuggestionId = suggestion,
            PlannedOn = planned,
            CompletedOn = completed,
            Status = completed is null ? PracticalMatterStatus.Planned : PracticalMatterStatus.Completed,
        });
        list.ItemCount++;
        list.CompletedCount += completed is null ? 0 : 1;
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
