using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Villages;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Changes;

public sealed class VillageAssignmentTests(ChangeDatabase data) : IClassFixture<ChangeDatabase>
{
    private static readonly DateOnly Today = ChangeDatabase.Today;

    [Fact]
    public async Task Assigning_a_first_secretary_counts_the_village_as_having_one()
    {
        var village = await WithoutFirstSecretaryAsync(skip: 0);

        var secretary = await ChangeAssert.CommittedAsync(data,
            () => data.Assignments.AssignFirstSecretaryAsync(new AssignFirstSecretary(village, " 巴特尔 ", "自治区党委组织部", Today.AddDays(-1)), Subtree.Everything, default),
            ChangeKind.FirstSecretaryAssigned, _ => $"Village:{village}");

        Assert.Equal((village, "巴特尔", "自治区党委组织部", null), (secretary.VillageCode, secretary.Name, secretary.SentBy, secretary.EndedOn));
    }

    [Fact]
    public async Task Assigning_a_first_secretary_where_one_serves_is_refused()
    {
        var village = await WithFirstSecretaryAsync(skip: 0);

        await ChangeAssert.RefusedAsync(data,
            () => data.Assignments.AssignFirstSecretaryAsync(new AssignFirstSecretary(village, "巴特尔", "自治区党委组织部", Today), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "villageCode");
    }

    [Theory]
    [InlineData("name")]
    [InlineData("sentBy")]
    [InlineData("startedOn")]
    public async Task Assigning_a_first_secretary_with_a_bad_field_is_refused(string field)
    {
        var village = await WithoutFirstSecretaryAsync(skip: 1);
        var valid = new AssignFirstSecretary(village, "巴特尔", "自治区党委组织部", Today);
        var input = field switch
        {
            "name" => valid with { Name = " " },
            "sentBy" => valid with { SentBy = new string('单', 129) },
            _ => valid with { StartedOn = Today.AddDays(1) },
        };

        await ChangeAssert.RefusedAsync(data, () => data.Assignments.AssignFirstSecretaryAsync(input, Subtree.Everything, default), ChangeErrorCode.Invalid, field);
    }

    [Fact]
    public Task Assigning_a_first_secretary_to_a_missing_village_is_refused() =>
        ChangeAssert.RefusedAsync(data,
            () => data.Assignments.AssignFirstSecretaryAsync(new AssignFirstSecretary("150000000000", "巴特尔", "自治区党委组织部", Today), Subtree.Everything, default),
            ChangeErrorCode.NotFound, "villageCode");

    [Fact]
    public async Task Ending_an_assignment_leaves_the_village_without_a_first_secretary_until_the_next()
    {
        var village = await WithFirstSecretaryAsync(skip: 1);

        var ended = await ChangeAssert.CommittedAsync(data,
            () => data.Assignments.EndFirstSecretaryAssignmentAsync(new EndFirstSecretaryAssignment(village, Today), Subtree.Everything, default),
            ChangeKind.FirstSecretaryAssignmentEnded, _ => $"Village:{village}");
        await ChangeAssert.CommittedAsync(data,
            () => data.Assignments.AssignFirstSecretaryAsync(new AssignFirstSecretary(village, "其木格", "呼和浩特市委", Today), Subtree.Everything, default),
            ChangeKind.FirstSecretaryAssigned, _ => $"Village:{village}");

        Assert.Equal(Today, ended.EndedOn);
        await using var db = data.Read();
        Assert.Equal(1, await db.FirstSecretaries.CountAsync(f => f.VillageCode == village && f.EndedOn == null));
    }

    [Fact]
    public async Task Ending_where_no_first_secretary_serves_is_refused()
    {
        var village = await WithoutFirstSecretaryAsync(skip: 2);

        await ChangeAssert.RefusedAsync(data,
            () => data.Assignments.EndFirstSecretaryAssignmentAsync(new EndFirstSecretaryAssignment(village, Today), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "villageCode");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public async Task Ending_before_the_start_or_in_the_future_is_refused(int side)
    {
        var village = await WithFirstSecretaryAsync(skip: 2);
        var started = await data.FirstAsync(db => db.FirstSecretaries.Where(f => f.VillageCode == village && f.EndedOn == null).Select(f => f.StartedOn));
        var endedOn = side > 0 ? Today.AddDays(1) : started.AddDays(-1);

        await ChangeAssert.RefusedAsync(data,
            () => data.Assignments.EndFirstSecretaryAssignmentAsync(new EndFirstSecretaryAssignment(village, endedOn), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "endedOn");
    }

    [Fact]
    public Task Ending_in_a_missing_village_is_refused() =>
        ChangeAssert.RefusedAsync(data,
            () => data.Assignments.EndFirstSecretaryAssignmentAsync(new EndFirstSecretaryAssignment("150000000000", Today), Subtree.Everything, default),
            ChangeErrorCode.NotFound, "villageCode");

    [Fact]
    public async Task Assigning_a_work_team_counts_the_team_and_its_cadres()
    {
        var village = await WithoutWorkTeamAsync(skip: 0);

        var team = await ChangeAssert.CommittedAsync(data,
            () => data.Assignments.AssignWorkTeamAsync(new AssignWorkTeam(village, "自治区财政厅", Today.AddMonths(-1), ["领队", "队员甲", "队员乙"]), Subtree.Everything, default),
            ChangeKind.WorkTeamAssigned, _ => $"Village:{village}");

        await using var db = data.Read();
        var cadres = await db.ResidentCadres.Where(r => r.WorkTeamId == team.Id).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(["领队", "队员甲", "队员乙"], cadres.Select(c => c.Name));
        Assert.Equal([true, false, false], cadres.Select(c => c.IsLeader));
    }

    [Fact]
    public async Task Assigning_a_work_team_where_one_is_stationed_is_refused()
    {
        var village = await data.FirstAsync(db => db.WorkTeams.Where(w => w.EndedOn == null).OrderBy(w => w.Id).Select(w => w.VillageCode));

        await ChangeAssert.RefusedAsync(data,
            () => data.Assignments.AssignWorkTeamAsync(new AssignWorkTeam(village, "自治区财政厅", Today, ["领队"]), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "villageCode");
    }

    [Theory]
    [InlineData("no-cadres", "cadreNames")]
    [InlineData("blank-cadre", "cadreNames")]
    [InlineData("no-unit", "sentBy")]
    [InlineData("future", "startedOn")]
    public async Task Assigning_a_work_team_with_a_bad_field_is_refused(string problem, string field)
    {
        var village = await WithoutWorkTeamAsync(skip: 1);
        var valid = new AssignWorkTeam(village, "自治区财政厅", Today, ["领队", "队员"]);
        var input = problem switch
        {
            "no-cadres" => valid with { CadreNames = [] },
            "blank-cadre" => valid with { CadreNames = ["领队", ""] },
            "no-unit" => valid with { SentBy = "" },
            _ => valid with { StartedOn = Today.AddDays(1) },
        };

        await ChangeAssert.RefusedAsync(data, () => data.Assignments.AssignWorkTeamAsync(input, Subtree.Everything, default), ChangeErrorCode.Invalid, field);
    }

    [Fact]
    public Task Assigning_a_work_team_to_a_missing_village_is_refused() =>
        ChangeAssert.RefusedAsync(data,
            () => data.Assignments.AssignWorkTeamAsync(new AssignWorkTeam("150000000000", "自治区财政厅", Today, ["领队"]), Subtree.Everything, default),
            ChangeErrorCode.NotFound, "villageCode");

    private Task<string> WithoutFirstSecretaryAsync(int skip) =>
        data.FirstAsync(db => db.Villages.Where(v => !db.FirstSecretaries.Any(f => f.VillageCode == v.Code && f.EndedOn == null))
            .OrderBy(v => v.Code).Skip(skip * 5).Select(v => v.Code));

    private Task<string> WithFirstSecretaryAsync(int skip) =>
        data.FirstAsync(db => db.FirstSecretaries.Where(f => f.EndedOn == null).OrderBy(f => f.Id).Skip(skip * 5).Select(f => f.VillageCode));

    private Task<string> WithoutWorkTeamAsync(int skip) =>
        data.FirstAsync(db => db.Villages.Where(v => !db.WorkTeams.Any(w => w.VillageCode == v.Code && w.EndedOn == null))
            .OrderByDescending(v => v.Code).Skip(skip * 5).Select(v => v.Code));
}
