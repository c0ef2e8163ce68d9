namespace PartyOrg.Domain.Tests.Generation;

/// <summary>At full scale, member attributes follow the national bulletin's shares (ethnicity: the region's census).</summary>
[Collection(FullScaleCollection.Name)]
public sealed class MemberSharesTests(FullDatabase full)
{
    private readonly SeededDatabase _db = full.Database;

    private double Share(string condition) =>
        100.0 * _db.Scalar<long>($"SELECT COUNT(*) FROM Members WHERE {condition}") / _db.Scalar<long>("SELECT COUNT(*) FROM Members");

    private static string YearsAgo(int years) =>
        SeededDatabase.AsOf.AddYears(-years).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Gender = 1", 30.91)]
    [InlineData("Ethnicity = 1", 17.66)]
    [InlineData("Ethnicity >= 2", 3.60)]
    [InlineData("Education >= 3", 57.63)]
    [InlineData("Occupation = 1", 26.07)]
    [InlineData("Occupation = 6", 21.41)]
    [InlineData("Occupation = 5", 2.61)]
    public void Attribute_share_matches_within_half_a_point(string condition, double expected) =>
        Assert.InRange(Share(condition), expected - 0.5, expected + 0.5);

    [Fact]
    public void Members_aged_35_or_under_are_22_97_percent_within_half_a_point() =>
        Assert.InRange(Share($"BirthDate > '{YearsAgo(36)}'"), 22.47, 23.47);

    [Fact]
    public void Members_aged_61_or_over_are_28_89_percent_within_half_a_point() =>
        Assert.InRange(Share($"BirthDate <= '{YearsAgo(61)}'"), 28.39, 29.39);

    [Theory]
    [InlineData("JoinedOn < '1949-10-01'", 0.05, 0.1)]
    [InlineData("JoinedOn >= '1949-10-01' AND JoinedOn < '1978-12-18'", 12.28, 1.0)]
    [InlineData("JoinedOn >= '1978-12-18' AND JoinedOn < '2012-11-08'", 59.64, 1.0)]
    [InlineData("JoinedOn >= '2012-11-08'", 28.03, 1.0)]
    public void Join_period_share_matches(string condition, double expected, double tolerance) =>
        Assert.InRange(Share(condition), expected - tolerance, expected + tolerance);
}
