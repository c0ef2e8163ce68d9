using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Branches;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Changes.Villages;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Changes;

/// <summary>
/// Draws one change of every kind at random over random rows, valid or not, and runs it. Which
/// rows and inputs are drawn depends only on the seed and the data, so a run can be replayed.
/// </summary>
internal sealed class RandomChanges(ChangeDatabase data, int seed)
{
    private static readonly DateOnly Today = ChangeDatabase.Today;
    private readonly SeededRandom _random = new(seed, "changes");

    public int CrossLeagueTransfers { get; private set; }

    /// <summary>Runs one random change; its events when committed, null when refused.</summary>
    public async Task<IReadOnlyList<ChangeEvent>?> NextAsync()
    {
        var outcome = _random.Next(18) switch
        {
            0 or 1 => await Run(await PickAsync(db => db.Branches), b => data.Members.AdmitAsync(Admission(b), Subtree.Everything, default)),
            2 => await ConfirmAsync(),
            3 or 4 => await TransferAsync(),
            5 => await Run(await PickAsync(db => db.Members), m => data.Members.RecordExitAsync(new RecordMemberExit(m.Id, m.Version, MemberExitReason.Deceased, Today),
                Subtree.Everything, default)),
            6 => await Run(await PickAsync(db => db.Members), m => data.MemberUpdates.UpdateAsync(
                new UpdateMember(m.Id, m.Version, null, _random.Pick(Enum.GetValues<Education>()), _random.Pick(Enum.GetValues<Occupation>()), null, null, _random.Chance(0.3)),
                Subtree.Everything, default)),
            7 => await Run(await PickAsync(db => db.Villages), v => data.Branches.CreateAsync(
                new CreateBranch("随机党支部", v.Kind == VillageKind.Community ? BranchSector.Community : _random.Pick(Enum.GetValues<BranchSector>()), v.Code, Today.AddDays(-_random.Next(9000))),
                Subtree.Everything, default)),
            8 => await Run(await PickAsync(db => db.Members.Where(m => m.Status == MemberStatus.Full)), async m =>
                await data.Branches.AppointSecretaryAsync(new AppointSecretary(m.BranchId, (await BranchAsync(m.BranchId)).Version, m.Id), Subtree.Everything, default)),
            9 => await Run(await PickAsync(db => db.Branches), b => data.Ratings.RateAsync(
                new RateBranch(b.Id, b.Version, _random.Chance(0.5) ? BranchRating.Strongest : BranchRating.Standard, Today.Year - 2 + _random.Next(4)), Subtree.Everything, default)),
            10 => await Run(await PickAsync(db => db.Branches), b => data.Ratings.ListWeakAsync(new ListWeakBranch(b.Id, b.Version, Today.Year - _random.Next(2)),
                Subtree.Everything, default)),
            11 => await Run(await PickAsync(db => db.Branches.Where(b => b.Rectifications.Any(r => r.RectifiedYear == null))),
                b => data.Ratings.CompleteRectificationAsync(new CompleteRectification(b.Id, b.Version, Today.Year), Subtree.Everything, default)),
            12 => await Run(await PickAsync(db => db.Branches), b => data.Branches.RecordMeetingAsync(
                new RecordMeeting(b.Id, _random.Pick(Enum.GetValues<MeetingKind>()), Today.AddDays(-_random.Next(400)), 1 + _random.Next(10)), Subtree.Everything, default)),
            13 => await Run(await PickAsync(db => db.Villages), v => data.Assignments.AssignFirstSecretaryAsync(new AssignFirstSecretary(v.Code, "巴特尔", "自治区党委组织部", Today),
                Subtree.Everything, default)),
            14 => await Run(await PickAsync(db => db.FirstSecretaries.Where(f => f.EndedOn == null)),
                f => data.Assignments.EndFirstSecretaryAssignmentAsync(new EndFirstSecretaryAssignment(f.VillageCode, Today), Subtree.Everything, default)),
            15 => await Run(await PickAsync(db => db.Villages), v => data.Assignments.AssignWorkTeamAsync(new AssignWorkTeam(v.Code, "自治区财政厅", Today, ["领队", "队员"]),
                Subtree.Everything, default)),
            16 => await Run(await PickAsync(db => db.Villages), v => data.Facts.UpdateServiceCenterAsync(
                new UpdateServiceCenter(v.Code, v.Version, _random.Chance(0.7), _random.Chance(0.5)), Subtree.Everything, default)),
            _ => await Run(await PickAsync(db => db.Villages), v => _random.Chance(0.5)
                ? data.Facts.UpdateGridsAsync(new UpdateGrids(v.Code, v.Version, [.. Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => new GridInput(_random.Next(300), [new("网格员", _random.Chance(0.5))]))]),
                    Subtree.Everything, default)
                : data.Facts.ElectCommitteeAsync(new ElectCommittee(v.Code, v.Version, VillageFactChangeTests.Committee(_random.Chance(0.9))), Subtree.Everything, default)),
        };
        return outcome;
    }

    /// <summary>Mostly a member whose year of probation is over; sometimes one whose year is not.</summary>
    private async Task<IReadOnlyList<ChangeEvent>?> ConfirmAsync()
    {
        var joinedBy = Today.AddYears(-1).AddDays(_random.Chance(0.8) ? 0 : 30);
        var member = await PickAsync(db => db.Members.Where(m => m.Status == MemberStatus.Probationary && m.JoinedOn <= joinedBy));
        return await Run(member, m => data.Members.ConfirmAsync(new ConfirmMember(m.Id, m.Version, Today), Subtree.Everything, default));
    }

    private async Task<IReadOnlyList<ChangeEvent>?> TransferAsync()
    {
        var member = (await PickAsync(db => db.Members))!;
        var league = member.VillageCode[..4];
        var across = _random.Chance(0.5);
        var target = await PickAsync(db => db.Branches.Where(b => b.VillageCode.StartsWith(league) != across));
        var events = await Run(member, m => data.Members.TransferAsync(new TransferMember(m.Id, m.Version, target!.Id), Subtree.Everything, default));
        CrossLeagueTransfers += events is not null && across ? 1 : 0;
        return events;
    }

    private AdmitMember Admission(Branch branch) => new(
        branch.Id, "随机党员", _random.Chance(0.4) ? Gender.Female : Gender.Male, _random.Pick(Enum.GetValues<Ethnicity>()),
        new DateOnly(1950 + _random.Next(55), 1 + _random.Next(12), 1 + _random.Next(28)), Today.AddDays(-_random.Next(900)),
        _random.Pick(Enum.GetValues<Education>()), Occupation.Worker, null);

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

    private async Task<Branch> BranchAsync(long id) => await data.FirstAsync(db => db.Branches.Where(b => b.Id == id));

    /// <summary>A row drawn uniformly from the query's rows; null when it has none.</summary>
    private async Task<T?> PickAsync<T>(Func<PartyDbContext, IQueryable<T>> query)
        where T : class
    {
        await using var db = data.Read();
        var count = await query(db).CountAsync();
        return await query(db).OrderBy(r => EF.Property<object>(r, Key<T>())).Skip(_random.Next(count)).FirstOrDefaultAsync();
    }

    private static string Key<T>() => typeof(T) == typeof(Village) ? nameof(Village.Code) : "Id";
}
