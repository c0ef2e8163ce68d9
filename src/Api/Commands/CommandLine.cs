using System.Globalization;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Commands;

/// <summary>Parses <c>seed</c> and <c>schema</c> commands; anything else configures the host that serves.</summary>
public static class CommandLine
{
    public const string Usage =
        "Use no command to serve, 'seed [--scale demo|full] [--seed N]', 'stats recompute [--as-of yyyy-MM-dd]', 'schema print', 'schema write [path]', " +
        "'keys create --role dashboard|partner|organizer|admin --scope CODE [--name TEXT] [--expires yyyy-MM-dd]', 'keys list' or 'keys revoke ID'.";

    public static Invocation Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || IsHostArgument(args[0]))
        {
            return new Invocation(CommandKind.Serve, args);
        }

        var rest = args.Skip(1).ToList();
        return args[0] switch
        {
            "seed" => ParseSeed(rest),
            "schema" => ParseSchema(rest),
            "stats" => ParseStats(rest),
            "keys" => ParseKeys(rest),
            _ => throw new CommandLineException($"Unknown command '{args[0]}'. {Usage}"),
        };
    }

    /// <summary>Configuration overrides such as <c>--Database:Provider=SqlServer</c> or <c>--urls http://…</c>.</summary>
    private static bool IsHostArgument(string arg) => arg.StartsWith('-') || arg.Contains('=');

    private static Invocation ParseSeed(List<string> args)
    {
        var hostArguments = new List<string>();
        SeedScale? scale = null;
        int? seed = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = SplitOption(args[i]);
            switch (name)
            {
                case "--scale":
                    scale = SeedScales.Parse(inlineValue ?? ValueAfter(args, ref i, "--scale", "demo or full"));
                    break;
                case "--seed":
                    var text = inlineValue ?? ValueAfter(args, ref i, "--seed", "an integer");
                    seed = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                        ? value
                        : throw new CommandLineException($"Option '--seed' needs an integer, got '{text}'.");
                    break;
                case var _ when inlineValue is not null:
                    hostArguments.Add(args[i]);
                    break;
                default:
                    throw new CommandLineException($"Unknown option '{args[i]}' for 'seed'. {Usage}");
            }
        }

        return new Invocation(CommandKind.Seed, hostArguments) { Scale = scale, Seed = seed };
    }

    private static Invocation ParseSchema(List<string> args)
    {
        var positional = args.Where(a => !IsHostArgument(a)).ToList();
        var hostArguments = args.Where(IsHostArgument).ToList();
        return positional switch
        {
            ["print"] => new Invocation(CommandKind.SchemaPrint, hostArguments),
            ["write"] => new Invocation(CommandKind.SchemaWrite, hostArguments),
            ["write", var path] => new Invocation(CommandKind.SchemaWrite, hostArguments) { SchemaPath = path },
            [] => throw new CommandLineException($"The 'schema' command needs 'print' or 'write [path]'. {Usage}"),
            _ => throw new CommandLineException($"Unknown arguments for 'schema': '{string.Join(' ', positional)}'. {Usage}"),
        };
    }

    private static Invocation ParseStats(List<string> args)
    {
        if (args.Count == 0 || args[0] != "recompute")
        {
            throw new CommandLineException($"The 'stats' command needs 'recompute'. {Usage}");
        }

        var hostArguments = new List<string>();
        DateOnly? asOf = null;
        for (var i = 1; i < args.Count; i++)
        {
            var (name, inlineValue) = SplitOption(args[i]);
            if (name == "--as-of")
            {
                var text = inlineValue ?? ValueAfter(args, ref i, "--as-of", "a date such as 2026-07-01");
                asOf = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw new CommandLineException($"Option '--as-of' needs a date such as 2026-07-01, got '{text}'.");
            }
            else if (inlineValue is not null)
            {
                hostArguments.Add(args[i]);
            }
            else
            {
                throw new CommandLineException($"Unknown option '{args[i]}' for 'stats recompute'. {Usage}");
            }
        }

        return new Invocation(CommandKind.StatsRecompute, hostArguments) { AsOf = asOf };
    }

    private static Invocation ParseKeys(List<string> args)
    {
        var action = args.Count == 0 ? null : args[0];
        var hostArguments = new List<string>();
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var (name, inlineValue) = SplitOption(args[i]);
            if (name is "--role" or "--scope" or "--name" or "--expires" && action == "create")
            {
                options[name] = inlineValue ?? ValueAfter(args, ref i, name, name switch
                {
                    "--role" => "dashboard, partner, organizer or admin",
                    "--scope" => "a division code such as 152200",
                    "--name" => "a name for the key",
                    _ => "a date such as 2027-06-30",
                });
            }
            else if (inlineValue is not null)
            {
                hostArguments.Add(args[i]);
            }
            else if (!args[i].StartsWith('-'))
            {
                positional.Add(args[i]);
            }
            else
            {
                throw new CommandLineException($"Unknown option '{args[i]}' for 'keys {action}'. {Usage}");
            }
        }

        KeysRequest request = (action, positional) switch
        {
            ("create", []) => Create(options),
            ("list", []) => new KeysRequest(KeysAction.List),
            ("revoke", [var id]) => new KeysRequest(KeysAction.Revoke) { Id = id },
            ("revoke", _) => throw new CommandLineException($"'keys revoke' needs exactly one key id. {Usage}"),
            _ => throw new CommandLineException($"The 'keys' command needs 'create', 'list' or 'revoke'. {Usage}"),
        };
        return new Invocation(CommandKind.Keys, hostArguments) { Keys = request };
    }

    private static KeysRequest Create(Dictionary<string, string> options)
    {
        if (!options.TryGetValue("--role", out var roleText) || !Roles.TryParse(roleText, out var role) || role == Role.Anonymous)
        {
            throw new CommandLineException($"'keys create' needs --role dashboard, partner, organizer or admin{(roleText is null ? "" : $", got '{roleText}'")}.");
        }

        if (!options.TryGetValue("--scope", out var scope))
        {
            throw new CommandLineException("'keys create' needs --scope with a division code (150000 for the whole region).");
        }

        DateTimeOffset? expires = null;
        if (options.TryGetValue("--expires", out var expiresText))
        {
            expires = DateOnly.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : throw new CommandLineException($"Option '--expires' needs a date such as 2027-06-30, got '{expiresText}'.");
        }

        return new KeysRequest(KeysAction.Create) { Role = role, Scope = scope.Trim(), Name = options.GetValueOrDefault("--name"), Expires = expires };
    }

    private static (string Name, string? InlineValue) SplitOption(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }

    private static string ValueAfter(List<string> args, ref int i, string option, string expected)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new CommandLineException($"Option '{option}' needs a value: {expected}.");
        }

        return args[++i];
    }
}

/// <summary>A command line that cannot be run; its message is shown to the operator as it is.</summary>
public sealed class CommandLineException(string message) : Exception(message);
