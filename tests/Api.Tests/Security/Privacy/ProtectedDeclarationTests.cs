using GraphQL;
using GraphQL.Types;
using PartyOrg.Api.Tests.Security.Access;
using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Api.Tests.Security.Privacy;

/// <summary>
/// A statistic added later that reads a protected count but forgets <c>.Protected()</c> fails here by name: every
/// undeclared scalar field must give the same value whatever the protected columns hold.
/// </summary>
public sealed class ProtectedDeclarationTests
{
    /// <summary>Fields that read through a loader rather than the rollup's counts: the statistics' date and the reply-time histogram.</summary>
    private static readonly HashSet<string> ReadThroughLoaders = new(StringComparer.Ordinal) { "asOf", "suggestionMedianDaysToReply" };

    [Theory]
    [InlineData("Statistics")]
    [InlineData("BranchStatistics")]
    public void Every_field_that_reads_a_protected_count_is_declared_protected(string typeName)
    {
        var type = (IObjectGraphType)AccessRules.BuildSchema().AllTypes[typeName]!;
        MemberRollup one = typeName == "Statistics" ? Rollup(new DivisionRollup { Code = "150000" }, 0) : Rollup(new BranchRollup(), 0);
        MemberRollup other = typeName == "Statistics" ? Rollup(new DivisionRollup { Code = "150000" }, 7) : Rollup(new BranchRollup(), 7);

        var undeclared = type.Fields
            .Where(f => !PartyOrg.Api.Security.Access.IsProtected(f) && !ReadThroughLoaders.Contains(f.Name) && (f.Arguments?.Count ?? 0) == 0 && f.ResolvedType?.GetNamedType() is ScalarGraphType)
            .Where(f => !Equals(Resolve(f, one), Resolve(f, other)))
            .Select(f => f.Name)
            .ToList();

        Assert.Contains(type.Fields, f => PartyOrg.Api.Security.Access.IsProtected(f));
        Assert.Empty(undeclared);
    }

    /// <summary>The field's value for a rollup; fields read through loaders are left out above.</summary>
    private static object? Resolve(FieldType field, MemberRollup source) =>
        field.Resolver!.ResolveAsync(new ResolveFieldContext { Source = source, FieldDefinition = field }).AsTask().GetAwaiter().GetResult();

    /// <summary>The same organisational figures, protected columns of <paramref name="shift"/> apart.</summary>
    private static T Rollup<T>(T rollup, int shift)
        where T : MemberRollup
    {
        rollup.Members = 500;
        var index = 0;
        foreach (var bucket in ProtectedFigures.Partitions.SelectMany(p => p.Buckets).Where(b => b.Write is not null))
        {
            bucket.Write!(rollup, 10 + shift + (index++ % 5));
        }

        return rollup;
    }
}
