using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Schema.RealData;

/// <summary>The divisions are the real NBS 2023 tables: their counts by level and kind are facts, not seed output.</summary>
public sealed class DivisionCountTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("leagues", 12)]
    [InlineData("banners", 108)]
    [InlineData("townships", 1225)]
    [InlineData("villages", 14592)]
    public async Task Each_level_has_its_real_number_of_divisions(string level, int count)
    {
        Assert.Equal(count, await TotalAsync($"{level}(first: 0) {{ totalCount }}", level));
    }

    [Theory]
    [InlineData("CITY", 9)]
    [InlineData("LEAGUE", 3)]
    public async Task Leagues_by_kind(string kind, int count)
    {
        Assert.Equal(count, await TotalAsync($"leagues(where: {{kind: {{eq: {kind}}}}}) {{ totalCount }}", "leagues"));
    }

    [Theory]
    [InlineData("DISTRICT", 23)]
    [InlineData("COUNTY", 17)]
    [InlineData("COUNTY_LEVEL_CITY", 11)]
    [InlineData("BANNER", 49)]
    [InlineData("AUTONOMOUS_BANNER", 3)]
    [InlineData("STATISTICAL_ZONE", 5)]
    public async Task Banners_by_kind(string kind, int count)
    {
        Assert.Equal(count, await TotalAsync($"banners(where: {{kind: {{eq: {kind}}}}}) {{ totalCount }}", "banners"));
    }

    [Theory]
    [InlineData("SUMU", 154)]
    [InlineData("TOWNSHIP", 116)]
    [InlineData("TOWN", 509)]
    [InlineData("SUBDISTRICT", 277)]
    [InlineData("OTHER", 169)]
    public async Task Townships_by_kind(string kind, int count)
    {
        Assert.Equal(count, await TotalAsync($"townships(where: {{kind: {{eq: {kind}}}}}) {{ totalCount }}", "townships"));
    }

    [Theory]
    [InlineData("VILLAGE", 11110)]
    [InlineData("COMMUNITY", 2991)]
    [InlineData("OTHER", 491)]
    public async Task Villages_by_kind(string kind, int count)
    {
        Assert.Equal(count, await TotalAsync($"villages(where: {{kind: {{eq: {kind}}}}}) {{ totalCount }}", "villages"));
    }

    [Fact]
    public async Task Region_has_twelve_leagues()
    {
        var body = await api.QueryAsync("{ region { leagues { totalCount } } }");

        Assert.Equal(12, body.GetProperty("data").GetProperty("region").GetProperty("leagues").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Hinggan_league_has_ninety_townships_and_1120_villages()
    {
        Assert.Equal(90, await TotalAsync("townships(within: \"152200\") { totalCount }", "townships"));
        Assert.Equal(1120, await TotalAsync("villages(within: \"152200\") { totalCount }", "villages"));
    }

    private async Task<int> TotalAsync(string connection, string field)
    {
        var body = await api.QueryAsync($"{{ {connection} }}");
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty(field).GetProperty("totalCount").GetInt32();
    }
}
