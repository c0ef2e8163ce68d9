using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Commands;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Schema;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Tests.Schema;

public sealed class SchemaFileTests
{
    [Fact]
    public void Schema_file_matches_the_printed_schema()
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory);
        Assert.True(root is not null, $"No {RepositoryRoot.SolutionFile} above {AppContext.BaseDirectory}.");
        var file = File.ReadAllText(Path.Combine(root, SchemaCommand.FileName)).ReplaceLineEndings("\n");

        var printed = WithSchema(SchemaText.Print);

        // On failure: dotnet run --project src/Api -- schema write
        Assert.Equal(file, printed);
    }

    [Fact]
    public void Every_type_and_field_has_a_description()
    {
        var missing = WithSchema(schema =>
        {
            schema.Initialize();
            return schema.AllTypes
                .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType)
                .SelectMany(Undescribed)
                .ToList();
        });

        Assert.Empty(missing);
    }

    private static IEnumerable<string> Undescribed(IGraphType type)
    {
        if (string.IsNullOrWhiteSpace(type.Description))
        {
            yield return type.Name;
        }

        if (type is IComplexGraphType complex)
        {
            foreach (var field in complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)))
            {
                yield return $"{type.Name}.{field.Name}";
            }
        }
    }

    /// <summary>The schema as the API composes it; the database is never opened to build it.</summary>
    private static T WithSchema<T>(Func<ISchema, T> use)
    {
        using var services = SchemaServices.Build();
        return use(services.GetRequiredService<ISchema>());
    }
}
