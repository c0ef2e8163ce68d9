using System.Text;
using System.Text.RegularExpressions;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Generation;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>
/// <c>keys create</c>, <c>keys list</c> and <c>keys revoke</c> end to end: the built API run as a process, as an
/// operator runs it from its folder, on a copy of the seeded demo database.
/// </summary>
public sealed partial class KeysCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("party-keys-command-").FullName;

    public KeysCommandTests() => SeededTemplates.CopyTo(SeedScale.Demo, Path.Combine(_directory, "party.db"));

    [Fact]
    public async Task A_key_is_created_listed_and_revoked_from_the_command_line()
    {
        var created = await RunAsync("keys", "create", "--role", "partner", "--scope", "152200", "--name", "Field office", "--expires", "2099-12-31");

        Assert.Equal(0, created.ExitCode);
        var lines = ApiProcess.Lines(created.Stdout);
        Assert.Equal(3, lines.Length);
        var description = CreatedLine().Match(lines[0]);
        Assert.True(description.Success, lines[0]);
        var id = description.Groups["id"].Value;
        Assert.Equal("The key is shown this once and cannot be recovered; send it as 'Authorization: Bearer <key>':", lines[1]);
        Assert.Matches($"^pok_{id}_[A-Za-z0-9_-]{{43}}$", lines[2]);
        var key = lines[2];

        var listed = await RunAsync("keys", "list");
        var revoked = await RunAsync("keys", "revoke", id);
        var relisted = await RunAsync("keys", "list");

        Assert.Equal((0, 0, 0), (listed.ExitCode, revoked.ExitCode, relisted.ExitCode));
        Assert.Equal(["1 key(s):", lines[0]["Created key ".Length..]], ApiProcess.Lines(listed.Stdout));
        Assert.Equal([$"Revoked key {id}; running services refuse it within Security:KeyCacheSeconds."], ApiProcess.Lines(revoked.Stdout));
        Assert.Equal(["1 key(s):", lines[0]["Created key ".Length..].Replace("  active  ", "  revoked  ", StringComparison.Ordinal)], ApiProcess.Lines(relisted.Stdout));
        Assert.DoesNotContain(key[17..], Encoding.Latin1.GetString(await File.ReadAllBytesAsync(Path.Combine(_directory, "party.db"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_keys_list_says_so()
    {
        var listed = await RunAsync("keys", "list");

        Assert.Equal(0, listed.ExitCode);
        Assert.Equal(["No keys."], ApiProcess.Lines(listed.Stdout));
    }

    [Theory]
    [InlineData("error: There is no division with the code '159999' to scope the key to.", "keys", "create", "--role", "partner", "--scope", "159999")]
    [InlineData("error: An admin key is region-wide: give it the scope 150000, not '152201'.", "keys", "create", "--role", "admin", "--scope", "152201")]
    [InlineData("error: There is no key 'zzzzzzzzzzzz'. 'keys list' shows the keys.", "keys", "revoke", "zzzzzzzzzzzz")]
    [InlineData("error: 'keys create' needs --role dashboard, partner, organizer or admin, got 'anonymous'.", "keys", "create", "--role", "anonymous", "--scope", "150000")]
    public async Task A_refused_command_exits_2_with_one_line_on_stderr(string line, params string[] args)
    {
        var (exitCode, stdout, stderr) = await RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal([line], ApiProcess.Lines(stderr));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // The process's database file may still be closing; the OS temp cleaner takes it.
        }
    }

    /// <summary>Runs the API from its own folder (its appsettings.json applies) on the database in the test's folder.</summary>
    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        ApiProcess.RunAsync(_directory, [.. args, $"--contentRoot={AppContext.BaseDirectory}", $"--Database:DataDirectory={_directory}"]);

    [GeneratedRegex("""^Created key (?<id>[a-z2-7]{12})  role=partner  scope=152200  expires=2099-12-31 00:00 UTC  active  created=\d{4}-\d{2}-\d{2}  name="Field office"$""")]
    private static partial Regex CreatedLine();
}
