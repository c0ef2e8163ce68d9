using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Changes.Villages;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Changes;

/// <summary>Changes made inside a <see cref="WriteScope"/> treat everything outside its subtree as absent, and write nothing there.</summary>
public sealed class WriteScopeTests(ChangeDatabase data) : MemberChangeTestBase(data), IClassFixture<ChangeDatabase>
{
    [Fact]
    public async Task A_member_outside_the_subtree_is_not_found_with_the_message_of_a_missing_one()
    {
        var member = await OrdinaryMemberAsync(skip: 3);
        var missing = await RefusedOutsideAsync(member.VillageCode, () => Data.Members.ConfirmAsync(new ConfirmMember(long.MaxValue, 1, Today), default), "memberId", scoped: false);
        var outside = await RefusedOutsideAsync(member.VillageCode, () => Data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version, Today), default), "memberId");

        Assert.Equal($"There is no member {member.Id}.", outside.Message);
        Assert.Equal(missing.Message.Replace(long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), outside.Message);
    }

    [Fact]
    public async Task A_transfer_to_a_branch_outside_the_subtree_is_refused_and_one_inside_commits()
    {
        var member = await OrdinaryMemberAsync(skip: 4);
        var outsideBranch = await Data.FirstAsync(db => db.Branches.Where(b => !b.VillageCode.StartsWith(member.VillageCode.Substring(0, 6))).OrderBy(b => b.Id));
        var insideBranch = await Data.FirstAsync(db => db.Branches
            .Where(b => b.VillageCode.StartsWith(member.VillageCode.Substring(0, 6)) && b.Id != member.BranchId).OrderBy(b => b.Id));
        var banner = new Subtree(member.VillageCode[..6]);

        using (WriteScope.Enter(banner))
        {
            var refused = await ChangeAssert.RefusedAsync(Data,
                () => Data.Members.TransferAsync(new TransferMember(member.Id, member.Version, outsideBranch.Id), default), ChangeErrorCode.NotFound, "toBranchId");
            Assert.Equal($"There is no branch {outsideBranch.Id}.", refused.Message);

            var moved = await ChangeAssert.CommittedAsync(Data,
                () => Data.Members.TransferAsync(new TransferMember(member.Id, member.Version, insideBranch.Id), default), ChangeKind.MemberTransferred, m => $"Member:{m.Id}");
            Assert.Equal(insideBranch.Id, moved.BranchId);
        }
    }

    [Fact]
    public async Task Admitting_to_a_branch_outside_and_changing_a_village_outside_are_refused()
    {
        var branch = await Data.FirstAsync(db => db.Branches.OrderByDescending(b => b.Id));
        var village = await Data.FirstAsync(db => db.Villages.Where(v => v.Code == branch.VillageCode));
        var elsewhere = new Subtree(branch.VillageCode[..4] == "1501" ? "1502" : "1501");

        using (WriteScope.Enter(elsewhere))
        {
            await ChangeAssert.RefusedAsync(Data, () => Data.Members.AdmitAsync(Admission(branch.Id), default), ChangeErrorCode.NotFound, "branchId");
            await ChangeAssert.RefusedAsync(Data,
                () => Data.Facts.UpdateServiceCenterAsync(new UpdateServiceCenter(village.Code, village.Version, true, true), default), ChangeErrorCode.NotFound, "villageCode");
        }
    }

    [Fact]
    public void The_scope_is_restored_when_the_block_ends()
    {
        Assert.True(WriteScope.Current.IsEverything);
        using (WriteScope.Enter(new Subtree("152201")))
        {
            Assert.Equal("152201", WriteScope.Current.Prefix);
        }

        Assert.True(WriteScope.Current.IsEverything);
    }

    /// <summary>Runs the change inside a subtree that does not hold <paramref name="villageCode"/> (or unscoped), expecting NotFound on the field.</summary>
    private async Task<ChangeError> RefusedOutsideAsync<T>(string villageCode, Func<Task<ChangeOutcome<T>>> change, string field, bool scoped = true)
    {
        var other = new Subtree(villageCode[..4] == "1501" ? "1502" : "1501");
        using (scoped ? WriteScope.Enter(other) : null)
        {
            return await ChangeAssert.RefusedAsync(Data, change, ChangeErrorCode.NotFound, field);
        }
    }
}
