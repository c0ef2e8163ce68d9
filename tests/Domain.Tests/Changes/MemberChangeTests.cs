using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Changes;

/// <summary>Admitting and confirming members.</summary>
public sealed class MemberChangeTests(ChangeDatabase data) : MemberChangeTestBase(data), IClassFixture<ChangeDatabase>
{
    [Fact]
    public async Task Admitting_adds_a_probationary_member_to_the_branch_and_its_counts()
    {
        var branch = await Data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));

        var member = await ChangeAssert.CommittedAsync(Data, () => Data.Members.AdmitAsync(Admission(branch.Id), Subtree.Everything, default),
            ChangeKind.MemberAdmitted, m => $"Member:{m.Id}");

        Assert.Equal((branch.Id, branch.VillageCode, MemberStatus.Probationary, 0), (member.BranchId, member.VillageCode, member.Status, member.Version));
    }

    [Fact]
    public async Task Admitting_an_in_service_member_registered_with_a_community_counts_them_there()
    {
        var branch = await Data.FirstAsync(db => db.Branches.Where(b => b.Sector == BranchSector.Government).OrderBy(b => b.Id));
        var community = await Data.FirstAsync(db => db.Villages.Where(v => v.Kind == VillageKind.Community).OrderByDescending(v => v.Code).Select(v => v.Code));

        var member = await ChangeAssert.CommittedAsync(Data,
            () => Data.Members.AdmitAsync(Admission(branch.Id) with { RegisteredCommunityCode = community }, Subtree.Everything, default),
            ChangeKind.MemberAdmitted, m => $"Member:{m.Id}");

        Assert.Equal(community, member.RegisteredCommunityCode);
    }

    [Fact]
    public Task Admitting_to_a_missing_branch_is_refused() =>
        ChangeAssert.RefusedAsync(Data, () => Data.Members.AdmitAsync(Admission(999_999_999), Subtree.Everything, default), ChangeErrorCode.NotFound, "branchId");

    [Theory]
    [InlineData("", "name")]
    [InlineData("   ", "name")]
    [InlineData("toolong", "name")]
    [InlineData("future", "joinedOn")]
    [InlineData("under18", "joinedOn")]
    public async Task Admitting_a_member_who_breaks_a_personal_rule_is_refused(string problem, string field)
    {
        var branch = await Data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));
        var admission = problem switch
        {
            "toolong" => Admission(branch.Id) with { Name = new string('名', MemberRules.MaxNameLength + 1) },
            "future" => Admission(branch.Id) with { JoinedOn = Today.AddDays(1) },
            "under18" => Admission(branch.Id) with { BirthDate = new DateOnly(2010, 1, 1), JoinedOn = new DateOnly(2026, 1, 1) },
            _ => Admission(branch.Id) with { Name = problem },
        };

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.AdmitAsync(admission, Subtree.Everything, default), ChangeErrorCode.Invalid, field);
    }

    [Fact]
    public async Task Registering_a_retiree_with_a_community_is_refused()
    {
        var branch = await Data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));
        var community = await Data.FirstAsync(db => db.Villages.Where(v => v.Kind == VillageKind.Community).Select(v => v.Code));

        await ChangeAssert.RefusedAsync(Data,
            () => Data.Members.AdmitAsync(Admission(branch.Id) with { Occupation = Occupation.Retiree, RegisteredCommunityCode = community }, Subtree.Everything, default),
            ChangeErrorCode.Invalid, "registeredCommunityCode");
    }

    [Fact]
    public async Task Registering_with_a_village_that_is_not_a_community_is_refused()
    {
        var branch = await Data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));
        var village = await Data.FirstAsync(db => db.Villages.Where(v => v.Kind == VillageKind.Village).Select(v => v.Code));

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.AdmitAsync(Admission(branch.Id) with { RegisteredCommunityCode = village }, Subtree.Everything, default),
            ChangeErrorCode.Invalid, "registeredCommunityCode");
    }

    [Fact]
    public async Task Registering_with_a_missing_community_is_refused()
    {
        var branch = await Data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.AdmitAsync(Admission(branch.Id) with { RegisteredCommunityCode = "150000000000" }, Subtree.Everything, default),
            ChangeErrorCode.NotFound, "registeredCommunityCode");
    }

    [Fact]
    public async Task Confirming_after_a_year_of_probation_makes_a_full_member()
    {
        var member = await AdmitAsync(joinedOn: Today.AddYears(-1).AddDays(-10));

        var confirmed = await ChangeAssert.CommittedAsync(Data,
            () => Data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version, Today), Subtree.Everything, default), ChangeKind.MemberConfirmed, m => $"Member:{m.Id}");

        Assert.Equal((MemberStatus.Full, member.Version + 1), (confirmed.Status, confirmed.Version));
    }

    [Fact]
    public async Task Confirming_before_the_year_of_probation_is_over_is_refused()
    {
        var member = await AdmitAsync(joinedOn: Today.AddMonths(-6));

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version, Today), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "confirmedOn");
    }

    [Fact]
    public async Task Confirming_on_a_future_date_is_refused()
    {
        var member = await AdmitAsync(joinedOn: Today.AddYears(-1).AddDays(-10));

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version, Today.AddDays(1)), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "confirmedOn");
    }

    [Fact]
    public async Task Confirming_a_full_member_is_refused()
    {
        var member = await Data.FirstAsync(db => db.Members.Where(m => m.Status == MemberStatus.Full).OrderBy(m => m.Id));

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version, Today), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "memberId");
    }

    [Fact]
    public Task Confirming_a_missing_member_is_refused() =>
        ChangeAssert.RefusedAsync(Data, () => Data.Members.ConfirmAsync(new ConfirmMember(999_999_999, 0, Today), Subtree.Everything, default), ChangeErrorCode.NotFound, "memberId");

    [Fact]
    public async Task Confirming_with_a_stale_version_is_a_conflict()
    {
        var member = await AdmitAsync(joinedOn: Today.AddYears(-2));

        await ChangeAssert.RefusedAsync(Data, () => Data.Members.ConfirmAsync(new ConfirmMember(member.Id, member.Version + 1, Today), Subtree.Everything, default),
            ChangeErrorCode.Conflict, "version");
    }
}
