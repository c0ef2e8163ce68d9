using PartyOrg.Api.Commands;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Commands;

public sealed class CommandLineTests
{
    [Fact]
    public void No_arguments_serve()
    {
        Assert.Equal(CommandKind.Serve, CommandLine.Parse([]).Kind);
    }

    [Fact]
    public void Configuration_arguments_serve_and_reach_the_host()
    {
        var invocation = CommandLine.Parse(["--urls", "http://localhost:5000", "Seed:Scale=full"]);

        Assert.Equal(CommandKind.Serve, invocation.Kind);
        Assert.Equal(["--urls", "http://localhost:5000", "Seed:Scale=full"], invocation.HostArguments);
    }

    [Fact]
    public void Seed_reads_scale_and_seed()
    {
        var invocation = CommandLine.Parse(["seed", "--scale", "full", "--seed=42"]);

        Assert.Equal(CommandKind.Seed, invocation.Kind);
        Assert.Equal(SeedScale.Full, invocation.Scale);
        Assert.Equal(42, invocation.Seed);
    }

    [Fact]
    public void Seed_without_options_leaves_them_to_configuration()
    {
        var invocation = CommandLine.Parse(["seed", "--Database:DataDirectory=/tmp/x"]);

        Assert.Null(invocation.Scale);
        Assert.Null(invocation.Seed);
        Assert.Equal(["--Database:DataDirectory=/tmp/x"], invocation.HostArguments);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("seed", "--seed")]
    [InlineData("seed", "--seed", "many")]
    [InlineData("seed", "--scale")]
    [InlineData("seed", "--verbose")]
    [InlineData("seed", "--Seed", "3")]
    [InlineData("stats")]
    [InlineData("stats", "recompute", "--as-of", "01/07/2026")]
    [InlineData("schema")]
    [InlineData("schema", "read")]
    [InlineData("schema", "write", "a", "b")]
    public void Bad_command_lines_are_refused(params string[] args)
    {
        Assert.Throws<CommandLineException>(() => CommandLine.Parse(args));
    }

    [Fact]
    public void Unknown_scale_is_refused_with_the_configuration_message()
    {
        var error = Assert.Throws<ConfigurationException>(() => CommandLine.Parse(["seed", "--scale", "huge"]));

        Assert.Equal("Unknown seed scale 'huge'. Use 'demo' or 'full'.", error.Message);
    }

    [Fact]
    public void Schema_write_takes_an_optional_path()
    {
        Assert.Null(CommandLine.Parse(["schema", "write"]).SchemaPath);
        Assert.Equal("out.graphql", CommandLine.Parse(["schema", "write", "out.graphql"]).SchemaPath);
        Assert.Equal(CommandKind.SchemaPrint, CommandLine.Parse(["schema", "print"]).Kind);
    }

    [Fact]
    public async Task Bad_input_exits_2_with_one_error_line()
    {
        using var error = new StringWriter();

        var exitCode = await BadInputGuard.RunAsync(error, _ => throw new CommandLineException("Unknown command 'x'."));

        Assert.Equal(2, exitCode);
        Assert.Equal("error: Unknown command 'x'.\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Keys_create_reads_every_option()
    {
        var invocation = CommandLine.Parse(["keys", "create", "--role", "partner", "--scope", "152200", "--name", "Field office", "--expires", "2027-06-30"]);

        Assert.Equal(CommandKind.Keys, invocation.Kind);
        Assert.Empty(invocation.HostArguments);
        Assert.Equal(
            new KeysRequest(KeysAction.Create) { Role = Role.Partner, Scope = "152200", Name = "Field office", Expires = new DateTimeOffset(2027, 6, 30, 0, 0, 0, TimeSpan.Zero) },
            invocation.Keys);
    }

    [Fact]
    public void Keys_create_reads_inline_values_and_leaves_configuration_to_the_host()
    {
        var invocation = CommandLine.Parse(["keys", "create", "--role=partner", "--scope=150902", "--Database:DataDirectory=/tmp/x"]);

        Assert.Equal(new KeysRequest(KeysAction.Create) { Role = Role.Partner, Scope = "150902" }, invocation.Keys);
        Assert.Equal(["--Database:DataDirectory=/tmp/x"], invocation.HostArguments);
    }

    [Fact]
    public void Configuration_arguments_never_become_a_commands_argument()
    {
        var invocation = CommandLine.Parse(["keys", "revoke", "--Database:DataDirectory=/tmp/x", "abcdefgh2345"]);

        Assert.Equal(new KeysRequest(KeysAction.Revoke) { Id = "abcdefgh2345" }, invocation.Keys);
        Assert.Equal(["--Database:DataDirectory=/tmp/x"], invocation.HostArguments);
    }

    [Fact]
    public void An_options_value_with_an_equals_sign_stays_its_value()
    {
        var invocation = CommandLine.Parse(["keys", "create", "--role", "admin", "--scope", "150000", "--name", "a=b"]);

        Assert.Equal("a=b", invocation.Keys!.Name);
        Assert.Empty(invocation.HostArguments);
    }

    [Fact]
    public void Keys_create_reads_a_role_in_any_case()
    {
        Assert.Equal(Role.Organizer, CommandLine.Parse(["keys", "create", "--role", "Organizer", "--scope", "150000"]).Keys!.Role);
    }

    [Theory]
    [InlineData("'keys create' needs --role dashboard, partner, organizer or admin.", "keys", "create", "--scope", "150000")]
    [InlineData("'keys create' needs --role dashboard, partner, organizer or admin, got 'boss'.", "keys", "create", "--role", "boss", "--scope", "150000")]
    [InlineData("'keys create' needs --role dashboard, partner, organizer or admin, got 'anonymous'.", "keys", "create", "--role", "anonymous", "--scope", "150000")]
    [InlineData("'keys create' needs --scope with a division code (150000 for the whole region).", "keys", "create", "--role", "admin")]
    [InlineData("Option '--expires' needs a date such as 2027-06-30, got '30/06/2027'.", "keys", "create", "--role", "admin", "--scope", "150000", "--expires", "30/06/2027")]
    [InlineData("Required argument missing for option: '--role'.", "keys", "create", "--role")]
    [InlineData("Option '--scope' needs a value: a division code such as 152200.", "keys", "create", "--role", "admin", "--scope", "--name", "x")]
    public void Keys_create_refuses_a_bad_role_scope_or_date_with_its_message(string message, params string[] args)
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLine.Parse(args));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Keys_list_needs_no_options()
    {
        var invocation = CommandLine.Parse(["keys", "list"]);

        Assert.Equal(CommandKind.Keys, invocation.Kind);
        Assert.Equal(new KeysRequest(KeysAction.List), invocation.Keys);
    }

    [Fact]
    public void Keys_revoke_takes_the_key_id()
    {
        var invocation = CommandLine.Parse(["keys", "revoke", "abcdefgh2345"]);

        Assert.Equal(new KeysRequest(KeysAction.Revoke) { Id = "abcdefgh2345" }, invocation.Keys);
    }

    [Theory]
    [InlineData("keys", "revoke")]
    [InlineData("keys", "revoke", "abcdefgh2345", "bcdefgh23456")]
    public void Keys_revoke_without_exactly_one_id_is_refused(params string[] args)
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLine.Parse(args));

        Assert.StartsWith("'keys revoke' needs exactly one key id.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unknown option '--colour' for 'keys create'.", "keys", "create", "--role", "admin", "--scope", "150000", "--colour")]
    [InlineData("Unknown option '--role' for 'keys list'.", "keys", "list", "--role", "admin")]
    [InlineData("Unknown option '--all' for 'keys revoke'.", "keys", "revoke", "--all")]
    public void Keys_refuses_an_unknown_option_naming_it(string message, params string[] args)
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLine.Parse(args));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keys")]
    [InlineData("keys", "rotate")]
    public void Keys_without_a_known_action_is_refused(params string[] args)
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLine.Parse(args));

        Assert.StartsWith("The 'keys' command needs 'create', 'list' or 'revoke'.", error.Message, StringComparison.Ordinal);
    }
}
