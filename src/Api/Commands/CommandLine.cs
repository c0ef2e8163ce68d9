using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;

namespace PartyOrg.Api.Commands;

/// <summary>Reads the command line: a command with its options, help, or (no command) the host's configuration to serve with.</summary>
public static class CommandLine
{
    // '@file' has always been an ordinary value here; System.CommandLine would read the file in its place.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static Invocation Parse(IReadOnlyList<string> args)
    {
        Invocation? bound = null;
        var root = CommandTree.Create(invocation => bound = invocation);
        var help = root.Options.OfType<HelpOption>().Single();
        if (args.Count == 0 || (ConfigurationArguments.IsConfiguration(args[0]) && help.Name != args[0] && !help.Aliases.Contains(args[0])))
        {
            return new Invocation(CommandKind.Serve) { HostArguments = args };
        }

        var (commandArgs, hostArgs) = ConfigurationArguments.Split(root, args);
        var result = root.Parse(commandArgs, Parsing);
        if (result.Action is HelpAction)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            result.Invoke(new InvocationConfiguration { Output = text });
            return new Invocation(CommandKind.Help) { HelpText = text.ToString() };
        }

        if (result.Errors.Count > 0)
        {
            throw new CommandLineException(ErrorLine(result));
        }

        // The commands' actions bind what they parsed; our exceptions carry the operator's message and must reach the guard.
        result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        return (bound ?? throw new UnreachableException("Every command without subcommands binds an invocation.")) with { HostArguments = hostArgs };
    }

    internal static string PathOf(IEnumerable<Command> path) => string.Join(' ', path.Where(c => c is not RootCommand).Select(c => c.Name));

    internal static string HelpHint(string command) =>
        command.Length == 0 ? "'--help' lists the commands." : $"'{command} --help' lists what it takes.";

    private static string ErrorLine(ParseResult result)
    {
        var command = result.CommandResult;
        var name = PathOf(Ancestry(command));
        if (command.Command.Action is null && command.Command.Subcommands.Count > 0)
        {
            return command.Command is RootCommand
                ? $"Unknown command '{(result.UnmatchedTokens is [var first, ..] ? first : "")}'. {HelpHint(name)}"
                : $"The '{name}' command needs {OneOf(command.Command.Subcommands)}. {HelpHint(name)}";
        }

        // An option's or argument's own message says more than the unmatched token its missing value left behind.
        return (result.Errors.FirstOrDefault(e => e.SymbolResult is OptionResult or ArgumentResult) ?? result.Errors[0]).Message;
    }

    private static IEnumerable<Command> Ancestry(CommandResult command) =>
        command.Parent is CommandResult parent ? [.. Ancestry(parent), command.Command] : [command.Command];

    private static string OneOf(IEnumerable<Command> commands)
    {
        var names = commands.Select(c => $"'{c.Name}'").ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }
}

/// <summary>A command line that cannot be run; its message is shown to the operator as it is.</summary>
public sealed class CommandLineException(string message) : Exception(message);
