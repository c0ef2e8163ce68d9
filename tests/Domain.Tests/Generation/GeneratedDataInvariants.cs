namespace PartyOrg.Domain.Tests.Generation;

/// <summary>Rules the generated data keeps at every scale; each query counts the rows that break one.</summary>
public abstract class GeneratedDataInvariants(SeededDatabase db)
{
    private long Violations(string sql) => db.Scalar<long>(sql);

    [Fact]
    public void Every_member_belongs_to_an_existing_branch_in_the_branch_village() =>
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Members m LEFT JOIN Branches b ON b.Id = m.BranchId WHERE b.Id IS NULL OR b.VillageCode <> m.VillageCode"));

    [Fact]
    public void Every_branch_has_a_secretary_who_is_its_own_full_member() =>
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Branches b LEFT JOIN Members m ON m.Id = b.SecretaryId WHERE m.Id IS NULL OR m.BranchId <> b.Id OR m.Status <> 0"));

    [Fact]
    public void Every_branch_has_at_least_three_members() =>
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Branches b WHERE (SELECT COUNT(*) FROM Members m WHERE m.BranchId = b.Id) < 3"));

    [Fact]
    public void Every_village_committee_has_a_college_educated_member_one_secretary_and_one_chair()
    {
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Villages v WHERE NOT EXISTS (SELECT 1 FROM CommitteeMembers c WHERE c.VillageCode = v.Code AND c.Education >= 3)"));
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Villages v WHERE (SELECT COUNT(*) FROM CommitteeMembers c WHERE c.VillageCode = v.Code AND c.IsPartySecretary) <> 1"));
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Villages v WHERE (SELECT COUNT(*) FROM CommitteeMembers c WHERE c.VillageCode = v.Code AND c.IsChair) <> 1"));
    }

    [Fact]
    public void No_member_joined_before_turning_18() =>
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Members WHERE JoinedOn < date(BirthDate, '+18 years')"));

    [Fact]
    public void Members_are_probationary_exactly_when_they_joined_within_the_last_year()
    {
        var yearAgo = SeededDatabase.AsOf.AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, Violations($"SELECT COUNT(*) FROM Members WHERE (Status = 1) <> (JoinedOn > '{yearAgo}')"));
        Assert.True(Violations("SELECT COUNT(*) FROM Members WHERE Status = 1") > 0);
    }

    [Fact]
    public void No_date_lies_after_the_as_of_date()
    {
        var asOf = SeededDatabase.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, Violations($"SELECT COUNT(*) FROM Members WHERE JoinedOn > '{asOf}' OR BirthDate > '{asOf}'"));
        Assert.Equal(0, Violations($"SELECT COUNT(*) FROM Meetings WHERE HeldOn > '{asOf}'"));
        Assert.Equal(0, Violations($"SELECT COUNT(*) FROM Branches WHERE FoundedOn > '{asOf}' OR RatedYear > {SeededDatabase.AsOf.Year}"));
    }

    [Fact]
    public void Only_in_service_members_are_registered_and_only_with_communities() =>
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Members m LEFT JOIN Villages v ON v.Code = m.RegisteredCommunityCode WHERE m.RegisteredCommunityCode IS NOT NULL AND (v.Kind IS NOT 1 OR m.IsRetired OR m.Occupation = 5)"));

    [Fact]
    public void Retired_members_are_exactly_those_with_occupation_retiree() =>
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Members WHERE IsRetired <> (Occupation = 6)"));

    [Fact]
    public void A_branch_is_under_open_rectification_exactly_when_rated_weak()
    {
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Branches b WHERE (b.Rating = 2) <> EXISTS (SELECT 1 FROM Rectifications r WHERE r.BranchId = b.Id AND r.RectifiedYear IS NULL)"));
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Rectifications WHERE RectifiedYear < ListedYear"));
    }

    [Fact]
    public void Meeting_attendance_never_exceeds_the_branch_size() =>
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM Meetings g WHERE g.Attendance < 1 OR g.Attendance > (SELECT COUNT(*) FROM Members m WHERE m.BranchId = g.BranchId)"));

    [Fact]
    public void No_foreign_key_is_violated() =>
        Assert.Equal(0, Violations("SELECT COUNT(*) FROM pragma_foreign_key_check"));
}

public sealed class DemoInvariantsTests(DemoDatabase demo) : GeneratedDataInvariants(demo.Database), IClassFixture<DemoDatabase>;

[Collection(FullScaleCollection.Name)]
public sealed class FullInvariantsTests(FullDatabase full) : GeneratedDataInvariants(full.Database);
