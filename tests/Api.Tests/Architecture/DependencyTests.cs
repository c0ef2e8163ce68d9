using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Tests.Architecture;

/// <summary>
/// The folders of the API use only the folders below them (docs/ARCHITECTURE.md draws the same picture), and the
/// domain knows nothing of GraphQL or ASP.NET Core. Read from the compiled assemblies, so no reference escapes.
/// </summary>
public sealed class DependencyTests
{
    private const string ApiRoot = "PartyOrg.Api";

    /// <summary>Each top-level folder of the API and the folders it may use; a new folder must be placed here.</summary>
    private static readonly Dictionary<string, string[]> MayUse = new(StringComparer.Ordinal)
    {
        ["Telemetry"] = [],
        ["Security"] = [],
        ["Querying"] = ["Security", "Telemetry"],
        ["Changes"] = ["Querying", "Security", "Telemetry"],
        ["Limits"] = ["Querying", "Security", "Telemetry"],
        ["Schema"] = ["Changes", "Querying", "Security", "Telemetry"],
        ["Transport"] = ["Schema", "Limits", "Changes", "Querying", "Security", "Telemetry"],
        ["Browser"] = ["Transport", "Security", "Telemetry"],
        ["Hosting"] = ["Transport", "Schema", "Limits", "Changes", "Querying", "Security", "Telemetry"],
        ["Commands"] = ["Hosting", "Transport", "Schema", "Limits", "Changes", "Querying", "Security", "Telemetry"],
    };

    private static readonly Lazy<IReadOnlyList<(string From, string To, string Example)>> ApiUses = new(() =>
        [.. TypeReferences.Of(typeof(Program).Assembly)
            .Select(r => (From: Folder(TypeReferences.Namespace(r.From)), To: Folder(TypeReferences.Namespace(r.To)), Example: $"{r.From.FullName} → {r.To.FullName}"))
            .Where(u => u.From is not null && u.To is not null && u.From != u.To)
            .Select(u => (u.From!, u.To!, u.Example))]);

    [Fact]
    public void Every_folder_of_the_api_has_a_place_in_the_layers()
    {
        var folders = typeof(Program).Assembly.GetTypes()
            .Select(t => Folder(t.Namespace ?? string.Empty))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        Assert.DoesNotContain(folders, f => !MayUse.ContainsKey(f));
    }

    [Fact]
    public void A_folder_of_the_api_uses_only_the_folders_below_it()
    {
        var forbidden = ApiUses.Value
            .Where(u => MayUse.TryGetValue(u.From, out var allowed) && !allowed.Contains(u.To, StringComparer.Ordinal))
            .GroupBy(u => $"{u.From} → {u.To}", StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.First().Example}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(forbidden.Count == 0, "Uses across the layers:\n" + string.Join("\n", forbidden));
    }

    [Fact]
    public void The_folders_of_the_api_have_no_cycles()
    {
        var edges = ApiUses.Value.Select(u => (u.From, u.To)).Distinct().ToLookup(e => e.From, e => e.To);
        var cycles = edges.Select(e => e.Key).Select(start => Cycle(start, edges)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        Assert.True(cycles.Count == 0, "Cycles between folders:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void The_layers_themselves_are_acyclic()
    {
        var edges = MayUse.SelectMany(m => m.Value.Select(to => (From: m.Key, To: to))).ToLookup(e => e.From, e => e.To);
        Assert.Empty(MayUse.Keys.Select(start => Cycle(start, edges)).OfType<string>());
    }

    [Fact]
    public void The_domain_uses_neither_GraphQL_nor_ASP_NET_Core()
    {
        var domain = typeof(PartyDbContext).Assembly;
        var assemblies = domain.GetReferencedAssemblies().Select(a => a.Name!).Where(Forbidden);
        var types = TypeReferences.Of(domain).Select(r => TypeReferences.Namespace(r.To)).Where(Forbidden).Distinct(StringComparer.Ordinal);
        Assert.Empty(assemblies.Concat(types));

        static bool Forbidden(string name) =>
            name.StartsWith("GraphQL", StringComparison.Ordinal) || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_sees_references_made_only_inside_method_bodies()
    {
        // A check that passes because the reader is blind would prove nothing: the references this class makes to
        // PartyDbContext only inside its method bodies (typeof) must be found.
        var own = TypeReferences.Of(typeof(DependencyTests).Assembly);
        Assert.Contains(own, r => r.From.Name == nameof(DependencyTests) && r.To.FullName == typeof(PartyDbContext).FullName);
    }

    /// <summary>The top-level folder of an API namespace; null for the root (the composition in Program) and for other namespaces.</summary>
    private static string? Folder(string ns) =>
        ns.StartsWith(ApiRoot + ".", StringComparison.Ordinal) ? ns[(ApiRoot.Length + 1)..].Split('.')[0] : null;

    /// <summary>A path that leaves <paramref name="start"/> and comes back to it, or null.</summary>
    private static string? Cycle(string start, ILookup<string, string> edges)
    {
        var path = new Stack<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Walk(start);

        string? Walk(string node)
        {
            path.Push(node);
            foreach (var next in edges[node])
            {
                if (next == start)
                {
                    return string.Join(" → ", path.Reverse().Append(start));
                }

                if (seen.Add(next) && Walk(next) is { } found)
                {
                    return found;
                }
            }

            path.Pop();
            return null;
        }
    }
}
