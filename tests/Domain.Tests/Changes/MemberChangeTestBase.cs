using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Changes;

/// <summary>What the member change tests share: the database and ways to pick members in it.</summary>
public abstract class MemberChangeTestBase(ChangeDatabase data)
{
    protected static readonly DateOnly Today = ChangeDatabase.Today;

    protected ChangeDatabase Data { get; } = data;

    protected static AdmitMember Admission(long branchId) => new(
        branchId, "乌云其其格", Gender.Female, Ethnicity.Mongol, new DateOnly(1990, 5, 1), new DateOnly(2025, 3, 1),
        Education.Bachelor, Occupation.Worker, null);

    protected async Task<Member> AdmitAsync(DateOnly joinedOn)
    {
        var branch = await Data.FirstAsync(db => db.Branches.OrderBy(b => b.Id));
        var outcome = await Data.Members.AdmitAsync(Admission(branch.Id) with { JoinedOn = joinedOn }, Subtree.Everything, default);
        Assert.True(outcome.Succeeded);
        return outcome.Value!;
    }

    /// <summary>A member who is no secretary and not registered with a community; <paramref name="skip"/> keeps tests apart.</summary>
    protected Task<Member> OrdinaryMemberAsync(int skip) =>
        Data.FirstAsync(db => db.Members
            .Where(m => m.RegisteredCommunityCode == null && !db.Branches.Any(b => b.SecretaryId == m.Id))
            .OrderBy(m => m.Id).Skip(skip * 7));

    protected Task<Member> SecretaryAsync() =>
        Data.FirstAsync(db => db.Members.Where(m => db.Branches.Any(b => b.SecretaryId == m.Id)).OrderBy(m => m.Id));
}
