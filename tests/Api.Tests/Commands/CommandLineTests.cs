using PartyOrg.Api.Commands;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;

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
}
