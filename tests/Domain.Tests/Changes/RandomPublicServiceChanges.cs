using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.PublicService;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Changes;

/// <summary>Draws one public-service change at random over random rows, valid or not, and runs it; replayable from the seed.</summary>
internal sealed class RandomPublicServiceChanges(ChangeDatabase data, int seed)
{
    private static readonly DateOnly Today = ChangeDatabase.Today;
    private readonly SeededRandom _random = new(seed, "public-service-changes");

    /// <summary>The kinds these changes log; <see cref="RandomChanges"/> draws the others.</summary>
    public static IReadOnlyList<ChangeKind> Kinds { get; } =
    [
        ChangeKind.SuggestionSubmitted, ChangeKind.SuggestionAnswered, ChangeKind.SuggestionDeclined, ChangeKind.SuggestionAdopted,
        ChangeKind.PracticalMatterListCreated, ChangeKind.PracticalMatterCreated, ChangeKind.PracticalMatterCompleted,
        ChangeKind.ServiceProjectOffered, ChangeKind.ServiceProjectClaimed,
    ];

    public async Task<IReadOnlyList<ChangeEvent>?> NextAsync() => _random.Next(9) switch
    {
        0 or 1 => await SubmitAsync(),
        2 => await Run(await PickAnyOrAsync(db => db.Suggestions, s => s.Status == SuggestionStatus.Received), s => data.Suggestions.AnswerAsync(new AnswerSuggestion(s.Id, s.Version, "已答复", _random.Chance(0.3)), Subtree.Everything, default)),
        3 => await AdoptAsync(),
        4 => await Run(await PickAsync(db => db.Branches), b => data.Matters.CreateListAsync(new CreatePracticalMatterList(b.Id, null, "随机清单", Today.Year, _random.Chance(0.5)), Subtree.Everything, default)),
        5 => await Run(await PickAsync(db => db.PracticalMatterLists), l => data.Matters.CreateAsync(
            new CreatePracticalMatter(l.Id, "随机实事", _random.Pick(Enum.GetValues<ServiceCategory>()), Today.AddDays(_random.Next(200))), Subtree.Everything, default)),
        6 => await Run(await PickAnyOrAsync(db => db.PracticalMatters, m => m.Status == PracticalMatterStatus.Planned),
            m => data.Matters.CompleteAsync(new CompletePracticalMatter(m.Id, m.Version, Today.AddDays(-_random.Next(30))), Subtree.Everything, default)),
        7 => await Run(await PickAsync(db => db.Villages.Where(v => v.Kind == VillageKind.Community)),
            v => data.Projects.OfferAsync(new OfferServiceProject(v.Code, "随机项目", _random.Pick(Enum.GetValues<ServiceCategory>())), Subtree.Everything, default)),
        _ => await ClaimAsync(),
    };

    private async Task<IReadOnlyList<ChangeEvent>?> SubmitAsync()
    {
        var village = (await PickAsync(db => db.Villages))!;
        var code = PartyOrg.Domain.Divisions.DivisionLevels.All[_random.Next(5)].CodeAbove(village.Code);
        var branch = _random.Chance(0.4) ? await PickAsync(db => db.Branches.Where(b => b.VillageCode == village.Code)) : null;
        var input = new SubmitSuggestion(code, _random.Pick(Enum.GetValues<SuggestionChannel>()), "随机建议", _random.Chance(0.5) ? "13800000000" : null, branch?.Id,
            _random.Chance(0.3) ? 1000 : null);
        return await Run(input, i => data.Suggestions.SubmitAsync(i, Subtree.Everything, default));
    }

    private async Task<IReadOnlyList<ChangeEvent>?> AdoptAsync()
    {
        var suggestion = await PickAnyOrAsync(db => db.Suggestions, s => s.Status == SuggestionStatus.Received);
        var prefix = suggestion is null ? "" : PartyOrg.Domain.Divisions.DivisionLevels.Of(suggestion.Level).SubtreePrefix(suggestion.DivisionCode);
        var list = suggestion is null ? null : await PickAsync(db => db.PracticalMatterLists.Where(l => l.VillageCode.StartsWith(prefix)));
        return list is null ? null : await Run(suggestion, s => data.Suggestions.AdoptAsync(
            new AdoptSuggestion(s.Id, s.Version, list.Id, "采纳的建议", ServiceCategory.Health, Today.AddDays(60)), Subtree.Everything, default));
    }

    private async Task<IReadOnlyList<ChangeEvent>?> ClaimAsync()
    {
        var project = await PickAnyOrAsync(db => db.ServiceProjects, p => p.ClaimedByMemberId == null);
        var member = project is null ? null : await PickAnyOrAsync(db => db.Members, m => m.RegisteredCommunityCode == project.CommunityCode);
        return member is null ? null : await Run(project, p => data.Projects.ClaimAsync(new ClaimServiceProject(p.Id, p.Version, member.Id), Subtree.Everything, default));
    }

    private static async Task<IReadOnlyList<ChangeEvent>?> Run<TRow, T>(TRow? row, Func<TRow, Task<ChangeOutcome<T>>> change)
        where TRow : class
    {
        if (row is null)
        {
            return null;
        }

        var outcome = await change(row);
        return outcome.Succeeded ? outcome.Events : null;
    }

    /// <summary>Mostly a row the change accepts; one time in five any row, so refusals are drawn too.</summary>
    private Task<T?> PickAnyOrAsync<T>(Func<PartyDbContext, IQueryable<T>> rows, System.Linq.Expressions.Expression<Func<T, bool>> valid)
        where T : class =>
        _random.Chance(0.2) ? PickAsync(rows) : PickAsync(db => rows(db).Where(valid));

    private async Task<T?> PickAsync<T>(Func<PartyDbContext, IQueryable<T>> query)
        where T : class
    {
        await using var db = data.Read();
        var count = await query(db).CountAsync();
        return await query(db).OrderBy(r => EF.Property<object>(r, typeof(T) == typeof(Village) ? nameof(Village.Code) : "Id")).Skip(_random.Next(count)).FirstOrDefaultAsync();
    }
}
