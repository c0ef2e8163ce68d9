using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Villages;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Changes;

public sealed class VillageFactChangeTests(ChangeDatabase data) : IClassFixture<ChangeDatabase>
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task Updating_the_service_center_moves_the_coverage_counts(bool hasCenter, bool linked)
    {
        var village = await VillageAsync(skip: hasCenter ? (linked ? 0 : 1) : 2);

        var updated = await ChangeAssert.CommittedAsync(data,
            () => data.Facts.UpdateServiceCenterAsync(new UpdateServiceCenter(village.Code, village.Version, hasCenter, linked), Subtree.Everything, default),
            ChangeKind.ServiceCenterUpdated, v => $"Village:{v.Code}");

        Assert.Equal((hasCenter, linked, village.Version + 1), (updated.HasServiceCenter, updated.ServiceCenterLinkedOnline, updated.Version));
    }

    [Fact]
    public async Task Linking_online_without_a_service_center_is_refused()
    {
        var village = await VillageAsync(skip: 3);

        await ChangeAssert.RefusedAsync(data,
            () => data.Facts.UpdateServiceCenterAsync(new UpdateServiceCenter(village.Code, village.Version, false, true), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "linkedOnline");
    }

    [Fact]
    public async Task Updating_the_service_center_with_a_stale_version_is_a_conflict()
    {
        var village = await VillageAsync(skip: 3);

        await ChangeAssert.RefusedAsync(data,
            () => data.Facts.UpdateServiceCenterAsync(new UpdateServiceCenter(village.Code, village.Version + 1, true, true), Subtree.Everything, default),
            ChangeErrorCode.Conflict, "version");
    }

    [Fact]
    public Task Updating_a_missing_village_is_refused() =>
        ChangeAssert.RefusedAsync(data,
            () => data.Facts.UpdateServiceCenterAsync(new UpdateServiceCenter("150000000000", 0, true, true), Subtree.Everything, default),
            ChangeErrorCode.NotFound, "villageCode");

    [Fact]
    public async Task Updating_grids_replaces_the_villages_grids_and_workers()
    {
        var village = await VillageAsync(skip: 4);
        GridInput[] grids = [new(120, [new("网格员甲", true), new("网格员乙", false)]), new(0, [new("网格员丙", false)])];

        var updated = await ChangeAssert.CommittedAsync(data,
            () => data.Facts.UpdateGridsAsync(new UpdateGrids(village.Code, village.Version, grids), Subtree.Everything, default),
            ChangeKind.GridsUpdated, v => $"Village:{v.Code}");

        await using var db = data.Read();
        var stored = await db.Grids.Where(g => g.VillageCode == village.Code).OrderBy(g => g.Number).ToListAsync();
        Assert.Equal([(1, 120), (2, 0)], stored.Select(g => (g.Number, g.Households)));
        Assert.Equal(["网格员甲", "网格员乙"], await db.GridWorkers.Where(w => w.GridId == stored[0].Id).OrderBy(w => w.Id).Select(w => w.Name).ToListAsync());
        Assert.Equal(village.Version + 1, updated.Version);
    }

    [Theory]
    [InlineData("no-grids")]
    [InlineData("negative-households")]
    [InlineData("no-workers")]
    [InlineData("blank-worker")]
    public async Task Updating_grids_that_break_a_rule_is_refused(string problem)
    {
        var village = await VillageAsync(skip: 5);
        IReadOnlyList<GridInput> grids = problem switch
        {
            "no-grids" => [],
            "negative-households" => [new(-1, [new("网格员", false)])],
            "no-workers" => [new(10, [new("网格员", false)]), new(10, [])],
            _ => [new(10, [new(" ", false)])],
        };

        await ChangeAssert.RefusedAsync(data, () => data.Facts.UpdateGridsAsync(new UpdateGrids(village.Code, village.Version, grids), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "grids");
    }

    [Fact]
    public async Task Updating_grids_with_a_stale_version_is_a_conflict()
    {
        var village = await VillageAsync(skip: 5);

        await ChangeAssert.RefusedAsync(data,
            () => data.Facts.UpdateGridsAsync(new UpdateGrids(village.Code, village.Version + 1, [new(10, [new("网格员", false)])]), Subtree.Everything, default),
            ChangeErrorCode.Conflict, "version");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Electing_a_committee_replaces_it_secretary_first(bool oneShoulder)
    {
        var village = await VillageAsync(skip: oneShoulder ? 6 : 7);
        var members = Committee(oneShoulder);

        var updated = await ChangeAssert.CommittedAsync(data,
            () => data.Facts.ElectCommitteeAsync(new ElectCommittee(village.Code, village.Version, members), Subtree.Everything, default),
            ChangeKind.CommitteeElected, v => $"Village:{v.Code}");

        await using var db = data.Read();
        var stored = await db.CommitteeMembers.Where(c => c.VillageCode == village.Code).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(members.Count, stored.Count);
        Assert.True(stored[0].IsPartySecretary);
        Assert.Equal(oneShoulder, stored[0].IsChair);
        Assert.Equal(village.Version + 1, updated.Version);
    }

    [Theory]
    [InlineData("too-few")]
    [InlineData("too-many")]
    [InlineData("two-secretaries")]
    [InlineData("no-chair")]
    [InlineData("no-college")]
    [InlineData("on-no-committee")]
    [InlineData("secretary-off-the-party-committee")]
    [InlineData("chair-off-the-residents-committee")]
    [InlineData("blank-name")]
    public async Task Electing_a_committee_that_breaks_a_rule_is_refused(string problem)
    {
        var village = await VillageAsync(skip: 8);
        var valid = Committee(oneShoulder: false);
        IReadOnlyList<CommitteeMemberInput> members = problem switch
        {
            "too-few" => [valid[0], valid[1]],
            "too-many" => [.. valid, .. Enumerable.Repeat(valid[^1], 11)],
            "two-secretaries" => With(valid, 2, valid[2] with { IsPartySecretary = true }),
            "no-chair" => With(valid, 1, valid[1] with { IsChair = false }),
            "no-college" => [.. valid.Select(m => m with { Education = Education.SeniorSecondary })],
            "on-no-committee" => With(valid, 3, valid[3] with { OnPartyCommittee = false, OnResidentsCommittee = false }),
            "secretary-off-the-party-committee" => With(valid, 0, valid[0] with { OnPartyCommittee = false, OnResidentsCommittee = true }),
            "chair-off-the-residents-committee" => With(valid, 1, valid[1] with { OnResidentsCommittee = false }),
            _ => With(valid, 2, valid[2] with { Name = "" }),
        };

        await ChangeAssert.RefusedAsync(data, () => data.Facts.ElectCommitteeAsync(new ElectCommittee(village.Code, village.Version, members), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "members");
    }

    [Fact]
    public async Task Electing_a_committee_with_a_stale_version_is_a_conflict()
    {
        var village = await VillageAsync(skip: 8);

        await ChangeAssert.RefusedAsync(data,
            () => data.Facts.ElectCommitteeAsync(new ElectCommittee(village.Code, village.Version - 1, Committee(oneShoulder: true)), Subtree.Everything, default),
            ChangeErrorCode.Conflict, "version");
    }

    /// <summary>A valid committee of five: secretary, chair (or the secretary as both), and three more, one a graduate.</summary>
    public static IReadOnlyList<CommitteeMemberInput> Committee(bool oneShoulder) =>
    [
        new("苏和", Gender.Male, Education.SeniorSecondary, CommitteeSource.Other, true, oneShoulder, true, oneShoulder),
        new("娜仁", Gender.Female, Education.Associate, CommitteeSource.Returnee, !oneShoulder, true, false, !oneShoulder),
        new("王强", Gender.Male, Education.Bachelor, CommitteeSource.Graduate, true, false, false, false),
        new("李梅", Gender.Female, Education.JuniorSecondary, CommitteeSource.Entrepreneur, false, true, false, false),
        new("张军", Gender.Male, Education.SeniorSecondary, CommitteeSource.Veteran, true, true, false, false),
    ];

    private static IReadOnlyList<CommitteeMemberInput> With(IReadOnlyList<CommitteeMemberInput> members, int index, CommitteeMemberInput member) =>
        [.. members.Select((m, k) => k == index ? member : m)];

    private Task<Village> VillageAsync(int skip) =>
        data.FirstAsync(db => db.Villages.OrderBy(v => v.Code).Skip(skip * 3));
}
