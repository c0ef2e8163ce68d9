using PartyOrg.Api.Commands;

namespace PartyOrg.Api.Tests.Commands;

/// <summary><c>--help</c> on every command lists what it takes and runs nothing.</summary>
public sealed class CommandHelpTests
{
    [Theory]
    [InlineData(new[] { "--help" }, new[] { "seed", "stats", "schema", "keys" })]
    [InlineData(new[] { "-h" }, new[] { "seed", "stats", "schema", "keys" })]
    [InlineData(new[] { "seed", "--help" }, new[] { "--scale <demo|full>", "--seed <N>" })]
    [InlineData(new[] { "stats", "--help" }, new[] { "recompute" })]
    [InlineData(new[] { "stats", "recompute", "--help" }, new[] { "--as-of <yyyy-MM-dd>" })]
    [InlineData(new[] { "schema", "--help" }, new[] { "print", "write" })]
    [InlineData(new[] { "schema", "print", "--help" }, new[] { "schema print" })]
    [InlineData(new[] { "schema", "write", "--help" }, new[] { "<path>" })]
    [InlineData(new[] { "keys", "--help" }, new[] { "create", "list", "revoke" })]
    [InlineData(new[] { "keys", "create", "--help" }, new[] { "--role <dashboard|partner|organizer|admin>", "--scope <CODE>", "--name <TEXT>", "--expires <yyyy-MM-dd>" })]
    [InlineData(new[] { "keys", "list", "--help" }, new[] { "keys list" })]
    [InlineData(new[] { "keys", "revoke", "--help" }, new[] { "<ID>" })]
    public void Help_lists_the_commands_options_and_arguments(string[] args, string[] listed)
    {
        var invocation = CommandLine.Parse(args);

        Assert.Equal(CommandKind.Help, invocation.Kind);
        Assert.All(listed, item => Assert.Contains(item, invocation.HelpText, StringComparison.Ordinal));
        Assert.Contains("--help", invocation.HelpText, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_what_the_host_reads_besides_the_commands()
    {
        var text = CommandLine.Parse(["--help"]).HelpText;

        Assert.Contains("--urls", text, StringComparison.Ordinal);
        Assert.Contains("--Database:Provider=SqlServer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_after_configuration_arguments_is_configuration()
    {
        Assert.Equal(CommandKind.Serve, CommandLine.Parse(["--urls", "http://127.0.0.1:8080", "--help"]).Kind);
    }
}
