using System.CommandLine;

namespace PartyOrg.Api.Commands;

/// <summary>
/// Separates the host's configuration arguments (<c>--Database:DataDirectory=/tmp/x</c>, <c>Seed:Scale=full</c>) from a
/// command's own tokens before the command is parsed: System.CommandLine would take an unknown <c>--key=value</c>, or an
/// unknown option, as the value of an argument such as a key id.
/// </summary>
internal static class ConfigurationArguments
{
    /// <summary>Whether a first argument configures the host rather than naming a command.</summary>
    public static bool IsConfiguration(string arg) => arg.StartsWith('-') || arg.Contains('=');

    /// <summary>The command's tokens and the host's arguments; an option the command does not know is refused by name.</summary>
    public static (IReadOnlyList<string> Command, IReadOnlyList<string> Host) Split(RootCommand root, IReadOnlyList<string> args)
    {
        var path = new List<Command> { root };
        while (path.Count <= args.Count && path[^1].Subcommands.FirstOrDefault(c => c.Name == args[path.Count - 1]) is { } subcommand)
        {
            path.Add(subcommand);
        }

        var leaf = path[^1];
        var options = path.SelectMany(c => c.Options.Where(o => c == leaf || o.Recursive)).ToList();
        var command = args.Take(path.Count - 1).ToList();
        var host = new List<string>();
        var valueExpected = false;
        foreach (var arg in args.Skip(path.Count - 1))
        {
            if (valueExpected && !arg.StartsWith("--", StringComparison.Ordinal))
            {
                command.Add(arg);
                valueExpected = false;
                continue;
            }

            var name = arg.Split('=', 2)[0];
            var option = arg.StartsWith('-') ? options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name)) : null;
            if (option is null && arg.Contains('='))
            {
                host.Add(arg);
            }
            else if (option is null && arg.StartsWith('-'))
            {
                var commandName = CommandLine.PathOf(path);
                throw new CommandLineException($"Unknown option '{arg}' for '{commandName}'. {CommandLine.HelpHint(commandName)}");
            }
            else
            {
                command.Add(arg);
            }

            valueExpected = option is { Arity.MaximumNumberOfValues: > 0 } && !arg.Contains('=');
        }

        return (command, host);
    }
}
