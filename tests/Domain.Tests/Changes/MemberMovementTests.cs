using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Changes;

/// <summary>Transferring, recording exits and updating members.</summary>
public sealed class MemberMovementTests(ChangeDatabase data) : MemberChangeTestBase(data), IClassFixture<ChangeDatabase>
{
    [Fact]
    public async Task Transferring_within_a_league_moves_the_member_between_villages()
    {
        var member = await OrdinaryMemberAsync(skip: 0);
        var target = await Data.FirstAsync(db => db.Branches
            .Where(b => b.VillageCode.StartsWith(member.VillageCode.Substring(0, 4)) && b.VillageCode != member.VillageCode).OrderBy(b => b.Id));

        var moved = await ChangeAssert.CommittedAsync(Data,
            () => Data.Members.TransferAsync(new TransferMember(member.Id, member.Version, target.Id), Subtree.Everything, default), ChangeKind.MemberTransferred, m => $"Member:{m.Id}");

        Assert.Equal((target.Id, target.VillageCode), (moved.BranchId, moved.VillageCode));
        await using var db = Data.Read();
        Assert.Equal(member.VillageCode, (await db.ChangeEvents.OrderBy(e => e.Position).LastAsync()).FromVillageCode);
    }

    [Fact]
    public async Task Transferring_across_leagues_moves_the_member_between_leagues()
    {
        var member = await OrdinaryMemberAsync(skip: 1);
        var target = await Data.FirstAsync(db => db.Branches.Where(b => !b.VillageCode.StartsWith(member.VillageCode.Substring(0, 4))).OrderByDescending(b => b.Id));

        var moved = await ChangeAssert.CommittedAsync(Data,
            () => Data.Members.TransferAsync(new TransferMember(member.Id, member.Version, target.Id), Subtree.Everything, default), ChangeKind.MemberTransferred, m => $"Member:{m.Id}");

        Assert.NotEqual(member.VillageCode[..4], moved.VillageCode[..4]);
    }

    [Fact]
    public async Task Transferring_to_the_members_own_branch_is_refused()
    {
        var member = await OrdinaryMemberAsync(skip: 2);

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.TransferAsync(new TransferMember(member.Id, member.Version, member.BranchId), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "toBranchId");
    }

    [Fact]
    public async Task Transferring_to_a_missing_branch_is_refused()
    {
        var member = await OrdinaryMemberAsync(skip: 2);

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.TransferAsync(new TransferMember(member.Id, member.Version, 999_999_999), Subtree.Everything, default),
            ChangeErrorCode.NotFound, "toBranchId");
    }

    [Fact]
    public async Task Transferring_a_secretary_is_refused()
    {
        var secretary = await SecretaryAsync();
        var target = await Data.FirstAsync(db => db.Branches.Where(b => b.Id != secretary.BranchId).OrderBy(b => b.Id));

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.TransferAsync(new TransferMember(secretary.Id, secretary.Version, target.Id), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "memberId");
    }

    [Fact]
    public async Task Transferring_with_a_stale_version_is_a_conflict()
    {
        var member = await OrdinaryMemberAsync(skip: 2);
        var target = await Data.FirstAsync(db => db.Branches.Where(b => b.Id != member.BranchId).OrderBy(b => b.Id));

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.TransferAsync(new TransferMember(member.Id, member.Version - 1, target.Id), Subtree.Everything, default),
            ChangeErrorCode.Conflict, "version");
    }

    [Fact]
    public async Task Recording_an_exit_removes_the_member_and_their_counts()
    {
        var member = await OrdinaryMemberAsync(skip: 3);

        await ChangeAssert.CommittedAsync(Data,
            () => Data.Members.RecordExitAsync(new RecordMemberExit(member.Id, member.Version, MemberExitReason.Deceased, Today), Subtree.Everything, default),
            ChangeKind.MemberExited, m => $"Member:{m.Id}");

        await using var db = Data.Read();
        Assert.False(await db.Members.AnyAsync(m => m.Id == member.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public async Task Recording_an_exit_outside_membership_and_today_is_refused(int side)
    {
        var member = await OrdinaryMemberAsync(skip: 4);
        var exitedOn = side > 0 ? Today.AddDays(1) : member.JoinedOn.AddDays(-1);

        await ChangeAssert.RefusedAsync(Data,
            () => Data.Members.RecordExitAsync(new RecordMemberExit(member.Id, member.Version, MemberExitReason.Withdrew, exitedOn), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "exitedOn");
    }

    [Fact]
    public async Task Recording_the_exit_of_a_secretary_is_refused()
    {
        var secretary = await SecretaryAsync();

        await ChangeAssert.RefusedAsync(Data,
            () => Data.Members.RecordExitAsync(new RecordMemberExit(secretary.Id, secretary.Version, MemberExitReason.Withdrew, Today), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "memberId");
    }

    [Fact]
    public async Task Recording_an_exit_with_a_stale_version_is_a_conflict()
    {
        var member = await OrdinaryMemberAsync(skip: 4);

        await ChangeAssert.RefusedAsync(Data,
            () => Data.Members.RecordExitAsync(new RecordMemberExit(member.Id, member.Version + 3, MemberExitReason.Withdrew, Today), Subtree.Everything, default),
            ChangeErrorCode.Conflict, "version");
    }

    [Fact]
    public async Task Updating_moves_the_member_between_education_and_occupation_counts()
    {
        var member = await OrdinaryMemberAsync(skip: 5);
        var update = new UpdateMember(member.Id, member.Version, " 新名字 ", Education.Postgraduate, Occupation.Retiree, null, null, ClearRegisteredCommunity: true);

        var updated = await ChangeAssert.CommittedAsync(Data, () => Data.MemberUpdates.UpdateAsync(update, Subtree.Everything, default), ChangeKind.MemberUpdated, m => $"Member:{m.Id}");

        Assert.Equal(("新名字", Education.Postgraduate, Occupation.Retiree, true, null, member.Version + 1),
            (updated.Name, updated.Education, updated.Occupation, updated.IsRetired, updated.RegisteredCommunityCode, updated.Version));
    }

    [Fact]
    public async Task Updating_only_the_name_leaves_the_retired_flag_as_it_is()
    {
        var member = await OrdinaryMemberAsync(skip: 8);
        var flagged = (await Data.MemberUpdates.UpdateAsync(new UpdateMember(member.Id, member.Version, null, null, Occupation.Other, true, null, false),
            Subtree.Everything, default)).Value!;

        var renamed = await ChangeAssert.CommittedAsync(Data,
            () => Data.MemberUpdates.UpdateAsync(new UpdateMember(member.Id, flagged.Version, "新名字", null, null, null, null, false), Subtree.Everything, default),
            ChangeKind.MemberUpdated, m => $"Member:{m.Id}");

        Assert.True(flagged.IsRetired);
        Assert.True(renamed.IsRetired);
    }

    [Fact]
    public async Task Updating_to_an_empty_name_is_refused()
    {
        var member = await OrdinaryMemberAsync(skip: 6);

        await ChangeAssert.RefusedAsync(Data,
            () => Data.MemberUpdates.UpdateAsync(new UpdateMember(member.Id, member.Version, " ", null, null, null, null, false), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "name");
    }

    [Fact]
    public async Task Updating_a_registered_member_to_a_retiree_is_refused()
    {
        var member = await Data.FirstAsync(db => db.Members.Where(m => m.RegisteredCommunityCode != null).OrderBy(m => m.Id));

        await ChangeAssert.RefusedAsync(Data,
            () => Data.MemberUpdates.UpdateAsync(new UpdateMember(member.Id, member.Version, null, null, Occupation.Retiree, null, null, false), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "registeredCommunityCode");
    }

    [Fact]
    public async Task Updating_with_a_stale_version_is_a_conflict()
    {
        var member = await OrdinaryMemberAsync(skip: 6);

        await ChangeAssert.RefusedAsync(Data,
            () => Data.MemberUpdates.UpdateAsync(new UpdateMember(member.Id, member.Version + 1, "名字", null, null, null, null, false), Subtree.Everything, default),
            ChangeErrorCode.Conflict, "version");
    }
}
