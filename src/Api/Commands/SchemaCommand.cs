using GraphQL.Types;
using PartyOrg.Api.Schema;

namespace PartyOrg.Api.Commands;

/// <summary><c>schema print</c> and <c>schema write [path]</c>: the published contract, printed from the code.</summary>
public static class SchemaCommand
{
    public const string FileName = "schema.graphql";

    public static async Task<int> RunAsync(IServiceProvider services, Invocation invocation, TextWriter output, CancellationToken cancellationToken)
    {
        var sdl = SchemaText.Print(services.GetRequiredService<ISchema>());
        if (invocation.Kind == CommandKind.SchemaPrint)
        {
            await output.WriteAsync(sdl);
            return 0;
        }

        var path = Path.GetFullPath(invocation.SchemaPath ?? DefaultPath());
        await File.WriteAllTextAsync(path, sdl, cancellationToken);
        await output.WriteLineAsync($"Wrote {path}");
        return 0;
    }

    private static string DefaultPath()
    {
        var root = RepositoryRoot.Find(Directory.GetCurrentDirectory())
            ?? throw new CommandLineException(
                $"No {RepositoryRoot.SolutionFile} found in '{Directory.GetCurrentDirectory()}' or above; pass a path: 'schema write <path>'.");
        return Path.Combine(root, FileName);
    }
}
