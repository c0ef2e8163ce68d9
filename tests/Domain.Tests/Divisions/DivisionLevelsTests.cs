using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Tests.Divisions;

/// <summary>The table of levels agrees with every real division: code lengths, parent codes and subtree prefixes.</summary>
public sealed class DivisionLevelsTests
{
    private static readonly DivisionCatalog Catalog = DivisionCatalog.Instance;

    private static IEnumerable<IDivision> Every() =>
        new IDivision[] { Catalog.Region }.Concat(Catalog.Leagues).Concat(Catalog.Banners).Concat(Catalog.Townships).Concat(Catalog.Villages);

    [Fact]
    public void Every_division_has_the_code_length_of_its_level()
    {
        var wrong = Every().Where(d => d.Code.Length != DivisionLevels.Of(d).CodeLength).Select(d => d.Code).ToList();
        Assert.Empty(wrong);
        Assert.Equal(1 + 12 + 108 + 1_225 + 14_592, Every().Count());
    }

    [Fact]
    public void A_parent_code_is_the_code_cut_to_the_parent_level()
    {
        var wrong = Every()
            .Where(d => d.ParentCode is not null)
            .Where(d => DivisionLevels.All[(int)d.Level() - 1].CodeAbove(d.Code) != d.ParentCode)
            .Select(d => d.Code)
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Each_division_is_the_only_one_of_its_level_with_its_subtree_prefix()
    {
        foreach (var level in Every().GroupBy(d => d.Level()))
        {
            var prefixes = level.Select(d => d.SubtreePrefix()).ToList();
            Assert.Equal(prefixes.Count, prefixes.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Every_code_below_a_division_starts_with_its_subtree_prefix()
    {
        var byCode = Every().ToDictionary(d => d.Code, StringComparer.Ordinal);
        foreach (var village in Catalog.Villages)
        {
            for (var parent = byCode[village.TownshipCode]; parent is not null; parent = parent.ParentCode is { } code ? byCode[code] : null)
            {
                Assert.StartsWith(parent.SubtreePrefix(), village.Code, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_village_ancestry_is_its_code_and_its_ancestors_codes()
    {
        Assert.Equal(["150902008022", "150902008", "150902", "150900", "150000"], DivisionLevels.AncestryOfVillage("150902008022"));
    }

    [Fact]
    public void The_levels_are_named_after_their_entities_and_the_node_types_include_them()
    {
        Assert.Equal(["Region", "League", "Banner", "Township", "Village"], DivisionLevels.All.Select(l => l.TypeName));
        Assert.Equal(DivisionLevels.Township, DivisionLevels.Named("Township"));
        Assert.Null(DivisionLevels.Named("Branch"));
        Assert.Equal(
            ["Banner", "Branch", "League", "Member", "PracticalMatter", "PracticalMatterList", "Region", "ServiceProject", "Suggestion", "Township", "Village"],
            NodeTypes.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Several_levels_share_six_digit_codes()
    {
        Assert.Equal([DivisionLevel.Region, DivisionLevel.League, DivisionLevel.Banner], DivisionLevels.WithCodeLength(6).Select(l => l.Level));
        Assert.Equal([DivisionLevel.Village], DivisionLevels.WithCodeLength(12).Select(l => l.Level));
        Assert.Empty(DivisionLevels.WithCodeLength(7));
    }
}
