using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Changes.Villages;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Changes;

/// <summary>
/// A change runs in the subtree it is given: everything outside looks absent and nothing is written there, and a change
/// that reaches outside anyway is stopped by the runner before it commits.
/// </summary>
public sealed class WriteScopeTests(ChangeDatabase data) : MemberChangeTestBase(data), IClassFixture<ChangeDatabase>
{
    [Fact]
    public async Task A_member_outside_the_subtree_is_not_found_with_the_message_of_a_missing_one()
    {
        var member = await OrdinaryMemberAsync(skip: 3);
        var elsewhere = Elsewhere(member.VillageCode);
        var missing = await ChangeAssert.RefusedAsync(Data,
            () => Data.Members.ConfirmAsync(new ConfirmMember(long.MaxValue, 1, Today), Subtree.Everything, default), ChangeErrorCode.NotFound, "memberId");
        var outside = await ChangeAssert.RefusedAsync(Data,
            () => Data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version, Today), elsewhere, default), ChangeErrorCode.NotFound, "memberId");

        Assert.Equal($"There is no member {member.Id}.", outside.Message);
        Assert.Equal(missing.Message.Replace(Text(long.MaxValue), Text(member.Id), StringComparison.Ordinal), outside.Message);
    }

    [Fact]
    public async Task A_transfer_to_a_branch_outside_the_subtree_is_refused_and_one_inside_commits()
    {
        var member = await OrdinaryMemberAsync(skip: 4);
        var outsideBranch = await Data.FirstAsync(db => db.Branches.Where(b => !b.VillageCode.StartsWith(member.VillageCode.Substring(0, 6))).OrderBy(b => b.Id));
        var insideBranch = await Data.FirstAsync(db => db.Branches
            .Where(b => b.VillageCode.StartsWith(member.VillageCode.Substring(0, 6)) && b.Id != member.BranchId).OrderBy(b => b.Id));
        var banner = new Subtree(member.VillageCode[..6]);

        var refused = await ChangeAssert.RefusedAsync(Data,
            () => Data.Members.TransferAsync(new TransferMember(member.Id, member.Version, outsideBranch.Id), banner, default), ChangeErrorCode.NotFound, "toBranchId");
        var moved = await ChangeAssert.CommittedAsync(Data,
            () => Data.Members.TransferAsync(new TransferMember(member.Id, member.Version, insideBranch.Id), banner, default), ChangeKind.MemberTransferred, m => $"Member:{m.Id}");

        Assert.Equal($"There is no branch {outsideBranch.Id}.", refused.Message);
        Assert.Equal(insideBranch.Id, moved.BranchId);
    }

    [Fact]
    public async Task Admitting_to_a_branch_outside_and_changing_a_village_outside_are_refused()
    {
        var branch = await Data.FirstAsync(db => db.Branches.OrderByDescending(b => b.Id));
        var village = await Data.FirstAsync(db => db.Villages.Where(v => v.Code == branch.VillageCode));
        var elsewhere = Elsewhere(branch.VillageCode);

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.AdmitAsync(Admission(branch.Id), elsewhere, default), ChangeErrorCode.NotFound, "branchId");
        await ChangeAssert.RefusedAsync(Data,
            () => Data.Facts.UpdateServiceCenterAsync(new UpdateServiceCenter(village.Code, village.Version, true, true), elsewhere, default), ChangeErrorCode.NotFound, "villageCode");
        await using var db = Data.Read();
        Assert.Equal(village.Version, (await db.Villages.SingleAsync(v => v.Code == village.Code)).Version);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_change_that_reaches_outside_its_subtree_throws_and_writes_nothing(bool fromOutside)
    {
        var village = await Data.FirstAsync(db => db.Villages.Where(v => !v.HasServiceCenter).OrderBy(v => v.Code));
        var neighbour = await Data.FirstAsync(db => db.Villages.Where(v => v.Code.StartsWith(village.Code.Substring(0, 6)) && v.Code != village.Code).Select(v => v.Code));
        var scope = new Subtree(fromOutside ? village.Code : neighbour);
        var head = await Data.FirstAsync(db => db.ChangeLogHeads.Select(h => h.Position));

        // A defective change: it skips the rules, writes the village, and records the event it would commit.
        var escape = await Assert.ThrowsAsync<InvalidOperationException>(() => Data.Runner.RunAsync(scope, async (session, ct) =>
        {
            var row = await session.Db.Villages.SingleAsync(v => v.Code == village.Code, ct);
            row.HasServiceCenter = true;
            await session.Db.SaveChangesAsync(ct);
            session.Record(ChangeKind.ServiceCenterUpdated, village.Code, $"Village:{village.Code}", new { }, fromVillageCode: fromOutside ? neighbour : null);
            return ChangeOutcome.Success(row);
        }, default));

        Assert.Contains($"outside the subtree {scope.Prefix}", escape.Message, StringComparison.Ordinal);
        await using var db = Data.Read();
        Assert.False((await db.Villages.SingleAsync(v => v.Code == village.Code)).HasServiceCenter);
        Assert.Equal(head, await db.ChangeLogHeads.Select(h => h.Position).SingleAsync());
    }

    /// <summary>A league's subtree that does not hold <paramref name="villageCode"/>.</summary>
    private static Subtree Elsewhere(string villageCode) => new(villageCode[..4] == "1501" ? "1502" : "1501");

    private static string Text(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
