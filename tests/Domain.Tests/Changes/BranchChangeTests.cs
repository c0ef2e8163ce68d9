using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Branches;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Changes;

public sealed class BranchChangeTests(ChangeDatabase data) : IClassFixture<ChangeDatabase>
{
    private static readonly DateOnly Today = ChangeDatabase.Today;

    [Fact]
    public async Task Creating_a_branch_adds_an_empty_standard_branch_to_the_village_and_its_counts()
    {
        var village = await VillageAsync(VillageKind.Village);

        var branch = await ChangeAssert.CommittedAsync(data,
            () => data.Branches.CreateAsync(new CreateBranch(" 新建村党支部 ", BranchSector.Rural, village, new DateOnly(2026, 3, 1)), Subtree.Everything, default),
            ChangeKind.BranchCreated, b => $"Branch:{b.Id}");

        Assert.Equal(("新建村党支部", village, BranchRating.Standard, 2026, null, 0),
            (branch.Name, branch.VillageCode, branch.Rating, branch.RatedYear, branch.SecretaryId, branch.Version));
        await using var db = data.Read();
        Assert.Equal(0, (await db.BranchRollups.SingleAsync(r => r.BranchId == branch.Id)).Members);
    }

    [Theory]
    [InlineData("", "name")]
    [InlineData("long", "name")]
    [InlineData("future", "foundedOn")]
    [InlineData("1920", "foundedOn")]
    [InlineData("community-in-village", "sector")]
    [InlineData("rural-in-community", "sector")]
    public async Task Creating_a_branch_that_breaks_a_rule_is_refused(string problem, string field)
    {
        var village = await VillageAsync(VillageKind.Village);
        var community = await VillageAsync(VillageKind.Community);
        var valid = new CreateBranch("党支部", BranchSector.Rural, village, new DateOnly(2000, 1, 1));
        var input = problem switch
        {
            "long" => valid with { Name = new string('党', 129) },
            "future" => valid with { FoundedOn = Today.AddDays(1) },
            "1920" => valid with { FoundedOn = new DateOnly(1920, 12, 31) },
            "community-in-village" => valid with { Sector = BranchSector.Community },
            "rural-in-community" => valid with { VillageCode = community },
            _ => valid with { Name = problem },
        };

        await ChangeAssert.RefusedAsync(data, () => data.Branches.CreateAsync(input, Subtree.Everything, default), ChangeErrorCode.Invalid, field);
    }

    [Fact]
    public Task Creating_a_branch_in_a_missing_village_is_refused() =>
        ChangeAssert.RefusedAsync(data,
            () => data.Branches.CreateAsync(new CreateBranch("党支部", BranchSector.Government, "150000000000", new DateOnly(2000, 1, 1)), Subtree.Everything, default),
            ChangeErrorCode.NotFound, "villageCode");

    [Fact]
    public async Task Appointing_a_full_member_of_the_branch_makes_them_its_secretary()
    {
        var member = await FullMemberAsync(skip: 0);
        var branch = await data.FirstAsync(db => db.Branches.Where(b => b.Id == member.BranchId));

        var appointed = await ChangeAssert.CommittedAsync(data,
            () => data.Branches.AppointSecretaryAsync(new AppointSecretary(branch.Id, branch.Version, member.Id), Subtree.Everything, default),
            ChangeKind.SecretaryAppointed, b => $"Branch:{b.Id}");

        Assert.Equal((member.Id, branch.Version + 1), (appointed.SecretaryId, appointed.Version));
    }

    [Fact]
    public async Task Appointing_a_member_of_another_branch_is_refused()
    {
        var member = await FullMemberAsync(skip: 1);
        var branch = await data.FirstAsync(db => db.Branches.Where(b => b.Id != member.BranchId).OrderBy(b => b.Id));

        await ChangeAssert.RefusedAsync(data, () => data.Branches.AppointSecretaryAsync(new AppointSecretary(branch.Id, branch.Version, member.Id), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "memberId");
    }

    [Fact]
    public async Task Appointing_a_probationary_member_is_refused()
    {
        var member = await data.FirstAsync(db => db.Members.Where(m => m.Status == MemberStatus.Probationary).OrderBy(m => m.Id));
        var branch = await data.FirstAsync(db => db.Branches.Where(b => b.Id == member.BranchId));

        await ChangeAssert.RefusedAsync(data, () => data.Branches.AppointSecretaryAsync(new AppointSecretary(branch.Id, branch.Version, member.Id), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "memberId");
    }

    [Fact]
    public async Task Appointing_the_serving_secretary_again_is_refused()
    {
        var branch = await data.FirstAsync(db => db.Branches.Where(b => b.SecretaryId != null).OrderByDescending(b => b.Id));

        await ChangeAssert.RefusedAsync(data,
            () => data.Branches.AppointSecretaryAsync(new AppointSecretary(branch.Id, branch.Version, branch.SecretaryId!.Value), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "memberId");
    }

    [Fact]
    public async Task Appointing_a_missing_member_is_refused()
    {
        var branch = await data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));

        await ChangeAssert.RefusedAsync(data, () => data.Branches.AppointSecretaryAsync(new AppointSecretary(branch.Id, branch.Version, 999_999_999), Subtree.Everything, default),
            ChangeErrorCode.NotFound, "memberId");
    }

    [Fact]
    public Task Appointing_in_a_missing_branch_is_refused() =>
        ChangeAssert.RefusedAsync(data, () => data.Branches.AppointSecretaryAsync(new AppointSecretary(999_999_999, 0, 1), Subtree.Everything, default),
            ChangeErrorCode.NotFound, "branchId");

    [Fact]
    public async Task Appointing_with_a_stale_version_is_a_conflict()
    {
        var member = await FullMemberAsync(skip: 2);
        var branch = await data.FirstAsync(db => db.Branches.Where(b => b.Id == member.BranchId));

        await ChangeAssert.RefusedAsync(data, () => data.Branches.AppointSecretaryAsync(new AppointSecretary(branch.Id, branch.Version + 1, member.Id), Subtree.Everything, default),
            ChangeErrorCode.Conflict, "version");
    }

    [Fact]
    public async Task Recording_a_meeting_adds_it_to_the_branch()
    {
        var branch = await data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));

        var meeting = await ChangeAssert.CommittedAsync(data,
            () => data.Branches.RecordMeetingAsync(new RecordMeeting(branch.Id, MeetingKind.PartyLecture, Today.AddDays(-3), 2), Subtree.Everything, default),
            ChangeKind.MeetingRecorded, m => $"Branch:{m.BranchId}");

        await using var db = data.Read();
        var stored = await db.Meetings.SingleAsync(m => m.Id == meeting.Id);
        Assert.Equal((branch.Id, MeetingKind.PartyLecture, Today.AddDays(-3), 2), (stored.BranchId, stored.Kind, stored.HeldOn, stored.Attendance));
    }

    [Theory]
    [InlineData("future", "heldOn")]
    [InlineData("over-a-year-ago", "heldOn")]
    [InlineData("nobody", "attendance")]
    [InlineData("more-than-the-members", "attendance")]
    public async Task Recording_a_meeting_that_breaks_a_rule_is_refused(string problem, string field)
    {
        var branch = await data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));
        var members = await data.FirstAsync(db => db.Branches.Where(b => b.Id == branch.Id).Select(b => db.Members.Count(m => m.BranchId == b.Id)));
        var valid = new RecordMeeting(branch.Id, MeetingKind.MembersMeeting, Today.AddDays(-10), members);
        var input = problem switch
        {
            "future" => valid with { HeldOn = Today.AddDays(1) },
            "over-a-year-ago" => valid with { HeldOn = Today.AddYears(-1).AddDays(-1) },
            "nobody" => valid with { Attendance = 0 },
            _ => valid with { Attendance = members + 1 },
        };

        await ChangeAssert.RefusedAsync(data, () => data.Branches.RecordMeetingAsync(input, Subtree.Everything, default), ChangeErrorCode.Invalid, field);
    }

    [Fact]
    public Task Recording_a_meeting_of_a_missing_branch_is_refused() =>
        ChangeAssert.RefusedAsync(data, () => data.Branches.RecordMeetingAsync(new RecordMeeting(999_999_999, MeetingKind.GroupMeeting, Today, 1), Subtree.Everything, default),
            ChangeErrorCode.NotFound, "branchId");

    private Task<string> VillageAsync(VillageKind kind) =>
        data.FirstAsync(db => db.Villages.Where(v => v.Kind == kind).OrderBy(v => v.Code).Select(v => v.Code));

    private Task<Member> FullMemberAsync(int skip) =>
        data.FirstAsync(db => db.Members.Where(m => m.Status == MemberStatus.Full && !db.Branches.Any(b => b.SecretaryId == m.Id))
            .OrderBy(m => m.Id).Skip(skip * 100));
}
