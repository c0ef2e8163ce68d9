using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Tests.Changes;

public sealed class MemberChangeTests(ChangeDatabase data) : IClassFixture<ChangeDatabase>
{
    private static readonly DateOnly Today = ChangeDatabase.Today;

    [Fact]
    public async Task Admitting_adds_a_probationary_member_to_the_branch_and_its_counts()
    {
        var branch = await data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));

        var member = await ChangeAssert.CommittedAsync(data, () => data.Members.AdmitAsync(Admission(branch.Id), default),
            ChangeKind.MemberAdmitted, m => $"Member:{m.Id}");

        Assert.Equal((branch.Id, branch.VillageCode, MemberStatus.Probationary, 0), (member.BranchId, member.VillageCode, member.Status, member.Version));
    }

    [Fact]
    public async Task Admitting_an_in_service_member_registered_with_a_community_counts_them_there()
    {
        var branch = await data.FirstAsync(db => db.Branches.Where(b => b.Sector == BranchSector.Government).OrderBy(b => b.Id));
        var community = await data.FirstAsync(db => db.Villages.Where(v => v.Kind == VillageKind.Community).OrderByDescending(v => v.Code).Select(v => v.Code));

        var member = await ChangeAssert.CommittedAsync(data,
            () => data.Members.AdmitAsync(Admission(branch.Id) with { RegisteredCommunityCode = community }, default),
            ChangeKind.MemberAdmitted, m => $"Member:{m.Id}");

        Assert.Equal(community, member.RegisteredCommunityCode);
    }

    [Fact]
    public Task Admitting_to_a_missing_branch_is_refused() =>
        ChangeAssert.RefusedAsync(data, () => data.Members.AdmitAsync(Admission(999_999_999), default), ChangeErrorCode.NotFound, "branchId");

    [Theory]
    [InlineData("", "name")]
    [InlineData("   ", "name")]
    [InlineData("toolong", "name")]
    [InlineData("future", "joinedOn")]
    [InlineData("under18", "joinedOn")]
    public async Task Admitting_a_member_who_breaks_a_personal_rule_is_refused(string problem, string field)
    {
        var branch = await data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));
        var admission = problem switch
        {
            "toolong" => Admission(branch.Id) with { Name = new string('名', MemberRules.MaxNameLength + 1) },
            "future" => Admission(branch.Id) with { JoinedOn = Today.AddDays(1) },
            "under18" => Admission(branch.Id) with { BirthDate = new DateOnly(2010, 1, 1), JoinedOn = new DateOnly(2026, 1, 1) },
            _ => Admission(branch.Id) with { Name = problem },
        };

        await ChangeAssert.RefusedAsync(data, () => data.Members.AdmitAsync(admission, default), ChangeErrorCode.Invalid, field);
    }

    [Fact]
    public async Task Registering_a_retiree_with_a_community_is_refused()
    {
        var branch = await data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));
        var community = await data.FirstAsync(db => db.Villages.Where(v => v.Kind == VillageKind.Community).Select(v => v.Code));

        await ChangeAssert.RefusedAsync(data,
            () => data.Members.AdmitAsync(Admission(branch.Id) with { Occupation = Occupation.Retiree, RegisteredCommunityCode = community }, default),
            ChangeErrorCode.Invalid, "registeredCommunityCode");
    }

    [Fact]
    public async Task Registering_with_a_village_that_is_not_a_community_is_refused()
    {
        var branch = await data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));
        var village = await data.FirstAsync(db => db.Villages.Where(v => v.Kind == VillageKind.Village).Select(v => v.Code));

        await ChangeAssert.RefusedAsync(data, () => data.Members.AdmitAsync(Admission(branch.Id) with { RegisteredCommunityCode = village }, default),
            ChangeErrorCode.Invalid, "registeredCommunityCode");
    }

    [Fact]
    public async Task Registering_with_a_missing_community_is_refused()
    {
        var branch = await data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));

        await ChangeAssert.RefusedAsync(data, () => data.Members.AdmitAsync(Admission(branch.Id) with { RegisteredCommunityCode = "150000000000" }, default),
            ChangeErrorCode.NotFound, "registeredCommunityCode");
    }

    [Fact]
    public async Task Confirming_after_a_year_of_probation_makes_a_full_member()
    {
        var member = await AdmitAsync(joinedOn: Today.AddYears(-1).AddDays(-10));

        var confirmed = await ChangeAssert.CommittedAsync(data,
            () => data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version, Today), default), ChangeKind.MemberConfirmed, m => $"Member:{m.Id}");

        Assert.Equal((MemberStatus.Full, member.Version + 1), (confirmed.Status, confirmed.Version));
    }

    [Fact]
    public async Task Confirming_before_the_year_of_probation_is_over_is_refused()
    {
        var member = await AdmitAsync(joinedOn: Today.AddMonths(-6));

        await ChangeAssert.RefusedAsync(data, () => data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version, Today), default),
            ChangeErrorCode.Invalid, "confirmedOn");
    }

    [Fact]
    public async Task Confirming_on_a_future_date_is_refused()
    {
        var member = await AdmitAsync(joinedOn: Today.AddYears(-1).AddDays(-10));

        await ChangeAssert.RefusedAsync(data, () => data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version, Today.AddDays(1)), default),
            ChangeErrorCode.Invalid, "confirmedOn");
    }

    [Fact]
    public async Task Confirming_a_full_member_is_refused()
    {
        var member = await data.FirstAsync(db => db.Members.Where(m => m.Status == MemberStatus.Full).OrderBy(m => m.Id));

        await ChangeAssert.RefusedAsync(data, () => data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version, Today), default),
            ChangeErrorCode.Invalid, "memberId");
    }

    [Fact]
    public Task Confirming_a_missing_member_is_refused() =>
        ChangeAssert.RefusedAsync(data, () => data.Members.ConfirmAsync(new ConfirmMember(999_999_999, 0, Today), default), ChangeErrorCode.NotFound, "memberId");

    [Fact]
    public async Task Confirming_with_a_stale_version_is_a_conflict()
    {
        var member = await AdmitAsync(joinedOn: Today.AddYears(-2));

        await ChangeAssert.RefusedAsync(data, () => data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version + 1, Today), default),
            ChangeErrorCode.Conflict, "version");
    }

    [Fact]
    public async Task Transferring_within_a_league_moves_the_member_between_villages()
    {
        var member = await OrdinaryMemberAsync(skip: 0);
        var target = await data.FirstAsync(db => db.Branches
            .Where(b => b.VillageCode.StartsWith(member.VillageCode.Substring(0, 4)) && b.VillageCode != member.VillageCode).OrderBy(b => b.Id));

        var moved = await ChangeAssert.CommittedAsync(data,
            () => data.Members.TransferAsync(new TransferMember(member.Id, member.Version, target.Id), default), ChangeKind.MemberTransferred, m => $"Member:{m.Id}");

        Assert.Equal((target.Id, target.VillageCode), (moved.BranchId, moved.VillageCode));
        await using var db = data.Read();
        Assert.Equal(member.VillageCode, (await db.ChangeEvents.OrderBy(e => e.Position).LastAsync()).FromVillageCode);
    }

    [Fact]
    public async Task Transferring_across_leagues_moves_the_member_between_leagues()
    {
        var member = await OrdinaryMemberAsync(skip: 1);
        var target = await data.FirstAsync(db => db.Branches.Where(b => !b.VillageCode.StartsWith(member.VillageCode.Substring(0, 4))).OrderByDescending(b => b.Id));

        var moved = await ChangeAssert.CommittedAsync(data,
            () => data.Members.TransferAsync(new TransferMember(member.Id, member.Version, target.Id), default), ChangeKind.MemberTransferred, m => $"Member:{m.Id}");

        Assert.NotEqual(member.VillageCode[..4], moved.VillageCode[..4]);
    }

    [Fact]
    public async Task Transferring_to_the_members_own_branch_is_refused()
    {
        var member = await OrdinaryMemberAsync(skip: 2);

        await ChangeAssert.RefusedAsync(data, () => data.Members.TransferAsync(new TransferMember(member.Id, member.Version, member.BranchId), default),
            ChangeErrorCode.Invalid, "toBranchId");
    }

    [Fact]
    public async Task Transferring_to_a_missing_branch_is_refused()
    {
        var member = await OrdinaryMemberAsync(skip: 2);

        await ChangeAssert.RefusedAsync(data, () => data.Members.TransferAsync(new TransferMember(member.Id, member.Version, 999_999_999), default),
            ChangeErrorCode.NotFound, "toBranchId");
    }

    [Fact]
    public async Task Transferring_a_secretary_is_refused()
    {
        var secretary = await SecretaryAsync();
        var target = await data.FirstAsync(db => db.Branches.Where(b => b.Id != secretary.BranchId).OrderBy(b => b.Id));

        await ChangeAssert.RefusedAsync(data, () => data.Members.TransferAsync(new TransferMember(secretary.Id, secretary.Version, target.Id), default),
            ChangeErrorCode.Invalid, "memberId");
    }

    [Fact]
    public async Task Transferring_with_a_stale_version_is_a_conflict()
    {
        var member = await OrdinaryMemberAsync(skip: 2);
        var target = await data.FirstAsync(db => db.Branches.Where(b => b.Id != member.BranchId).OrderBy(b => b.Id));

        await ChangeAssert.RefusedAsync(data, () => data.Members.TransferAsync(new TransferMember(member.Id, member.Version - 1, target.Id), default),
            ChangeErrorCode.Conflict, "version");
    }

    [Fact]
    public async Task Recording_an_exit_removes_the_member_and_their_counts()
    {
        var member = await OrdinaryMemberAsync(skip: 3);

        await ChangeAssert.CommittedAsync(data,
            () => data.Members.RecordExitAsync(new RecordMemberExit(member.Id, member.Version, MemberExitReason.Deceased, Today), default),
            ChangeKind.MemberExited, m => $"Member:{m.Id}");

        await using var db = data.Read();
        Assert.False(await db.Members.AnyAsync(m => m.Id == member.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public async Task Recording_an_exit_outside_membership_and_today_is_refused(int side)
    {
        var member = await OrdinaryMemberAsync(skip: 4);
        var exitedOn = side > 0 ? Today.AddDays(1) : member.JoinedOn.AddDays(-1);

        await ChangeAssert.RefusedAsync(data,
            () => data.Members.RecordExitAsync(new RecordMemberExit(member.Id, member.Version, MemberExitReason.Withdrew, exitedOn), default),
            ChangeErrorCode.Invalid, "exitedOn");
    }

    [Fact]
    public async Task Recording_the_exit_of_a_secretary_is_refused()
    {
        var secretary = await SecretaryAsync();

        await ChangeAssert.RefusedAsync(data,
            () => data.Members.RecordExitAsync(new RecordMemberExit(secretary.Id, secretary.Version, MemberExitReason.Withdrew, Today), default),
            ChangeErrorCode.Invalid, "memberId");
    }

    [Fact]
    public async Task Recording_an_exit_with_a_stale_version_is_a_conflict()
    {
        var member = await OrdinaryMemberAsync(skip: 4);

        await ChangeAssert.RefusedAsync(data,
            () => data.Members.RecordExitAsync(new RecordMemberExit(member.Id, member.Version + 3, MemberExitReason.Withdrew, Today), default),
            ChangeErrorCode.Conflict, "version");
    }

    [Fact]
    public async Task Updating_moves_the_member_between_education_and_occupation_counts()
    {
        var member = await OrdinaryMemberAsync(skip: 5);
        var update = new UpdateMember(member.Id, member.Version, " 新名字 ", Education.Postgraduate, Occupation.Retiree, null, null, ClearRegisteredCommunity: true);

        var updated = await ChangeAssert.CommittedAsync(data, () => data.MemberUpdates.UpdateAsync(update, default), ChangeKind.MemberUpdated, m => $"Member:{m.Id}");

        Assert.Equal(("新名字", Education.Postgraduate, Occupation.Retiree, true, null, member.Version + 1),
            (updated.Name, updated.Education, updated.Occupation, updated.IsRetired, updated.RegisteredCommunityCode, updated.Version));
    }

    [Fact]
    public async Task Updating_only_the_name_leaves_the_retired_flag_as_it_is()
    {
        var member = await OrdinaryMemberAsync(skip: 8);
        var flagged = (await data.MemberUpdates.UpdateAsync(new UpdateMember(member.Id, member.Version, null, null, Occupation.Other, true, null, false), default)).Value!;

        var renamed = await ChangeAssert.CommittedAsync(data,
            () => data.MemberUpdates.UpdateAsync(new UpdateMember(member.Id, flagged.Version, "新名字", null, null, null, null, false), default),
            ChangeKind.MemberUpdated, m => $"Member:{m.Id}");

        Assert.True(flagged.IsRetired);
        Assert.True(renamed.IsRetired);
    }

    [Fact]
    public async Task Updating_to_an_empty_name_is_refused()
    {
        var member = await OrdinaryMemberAsync(skip: 6);

        await ChangeAssert.RefusedAsync(data,
            () => data.MemberUpdates.UpdateAsync(new UpdateMember(member.Id, member.Version, " ", null, null, null, null, false), default),
            ChangeErrorCode.Invalid, "name");
    }

    [Fact]
    public async Task Updating_a_registered_member_to_a_retiree_is_refused()
    {
        var member = await data.FirstAsync(db => db.Members.Where(m => m.RegisteredCommunityCode != null).OrderBy(m => m.Id));

        await ChangeAssert.RefusedAsync(data,
            () => data.MemberUpdates.UpdateAsync(new UpdateMember(member.Id, member.Version, null, null, Occupation.Retiree, null, null, false), default),
            ChangeErrorCode.Invalid, "registeredCommunityCode");
    }

    [Fact]
    public async Task Updating_with_a_stale_version_is_a_conflict()
    {
        var member = await OrdinaryMemberAsync(skip: 6);

        await ChangeAssert.RefusedAsync(data,
            () => data.MemberUpdates.UpdateAsync(new UpdateMember(member.Id, member.Version + 1, "名字", null, null, null, null, false), default),
            ChangeErrorCode.Conflict, "version");
    }

    private static AdmitMember Admission(long branchId) => new(
        branchId, "乌云其其格", Gender.Female, Ethnicity.Mongol, new DateOnly(1990, 5, 1), new DateOnly(2025, 3, 1),
        Education.Bachelor, Occupation.Worker, null);

    private async Task<Member> AdmitAsync(DateOnly joinedOn)
    {
        var branch = await data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));
        var outcome = await data.Members.AdmitAsync(Admission(branch.Id) with { JoinedOn = joinedOn }, default);
        Assert.True(outcome.Succeeded);
        return outcome.Value!;
    }

    /// <summary>A member who is no secretary and not registered with a community; <paramref name="skip"/> keeps tests apart.</summary>
    private Task<Member> OrdinaryMemberAsync(int skip) =>
        data.FirstAsync(db => db.Members
            .Where(m => m.RegisteredCommunityCode == null && !db.Branches.Any(b => b.SecretaryId == m.Id))
            .OrderBy(m => m.Id).Skip(skip * 7));

    private Task<Member> SecretaryAsync() =>
        data.FirstAsync(db => db.Members.Where(m => db.Branches.Any(b => b.SecretaryId == m.Id)).OrderBy(m => m.Id));
}
