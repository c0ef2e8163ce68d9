using System.CommandLine;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Commands;

/// <summary>The <c>keys create|list|revoke</c> commands and their options.</summary>
internal static class KeysCommandLine
{
    public static Command Create(Action<Invocation> bind) =>
        new("keys", "Creates, lists and revokes API keys on the service's database (created and seeded first if it is new).")
        {
            CreateKey(bind),
            List(bind),
            Revoke(bind),
        };

    private static Command CreateKey(Action<Invocation> bind)
    {
        var role = CommandOptions.Text("--role", "dashboard|partner|organizer|admin", "What the key may read and change.", "dashboard, partner, organizer or admin");
        var scope = CommandOptions.Text("--scope", "CODE", "The division the key is confined to; 150000 for the whole region.", "a division code such as 152200");
        var name = CommandOptions.Text("--name", "TEXT", "A name for the key; its role and scope when absent.", "a name for the key");
        var expires = CommandOptions.Date("--expires", "The day the key stops working (at 00:00 UTC); never when absent.", "2027-06-30");
        var command = new Command("create", "Creates a key and prints it once; only its hash is stored.") { role, scope, name, expires };
        command.SetAction(result =>
        {
            var roleText = result.GetValue(role);
            if (roleText is null || !Roles.TryParse(roleText, out var parsedRole) || parsedRole == Role.Anonymous)
            {
                throw new CommandLineException($"'keys create' needs --role dashboard, partner, organizer or admin{(roleText is null ? "" : $", got '{roleText}'")}.");
            }

            var scopeCode = result.GetValue(scope)
                ?? throw new CommandLineException("'keys create' needs --scope with a division code (150000 for the whole region).");
            bind(Keys(new KeysRequest(KeysAction.Create)
            {
                Role = parsedRole,
                Scope = scopeCode.Trim(),
                Name = result.GetValue(name),
                Expires = result.GetValue(expires) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            }));
        });
        return command;
    }

    private static Command List(Action<Invocation> bind)
    {
        var command = new Command("list", "Lists every key with its role, scope, expiry and state.");
        command.SetAction(_ => bind(Keys(new KeysRequest(KeysAction.List))));
        return command;
    }

    private static Command Revoke(Action<Invocation> bind)
    {
        // Any number is read, so that none and two get the same message.
        var ids = new Argument<string[]>("ID") { Arity = ArgumentArity.ZeroOrMore, Description = "The id of the key, as 'keys list' shows it." };
        var command = new Command("revoke", "Revokes a key; running services refuse it within Security:KeyCacheSeconds.") { ids };
        command.Validators.Add(result =>
        {
            if (result.GetResult(ids)?.Tokens.Count != 1)
            {
                result.AddError("'keys revoke' needs exactly one key id.");
            }
        });
        command.SetAction(result => bind(Keys(new KeysRequest(KeysAction.Revoke) { Id = result.GetRequiredValue(ids)[0] })));
        return command;
    }

    private static Invocation Keys(KeysRequest request) => new(CommandKind.Keys) { Keys = request };
}
