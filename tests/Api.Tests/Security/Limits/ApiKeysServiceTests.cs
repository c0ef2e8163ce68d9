using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>The <see cref="ApiKeys"/> service of a running host: what a new key looks like, what is stored, what is refused.</summary>
public sealed partial class ApiKeysServiceTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private ApiKeys Keys => api.Services.GetRequiredService<ApiKeys>();

    [Fact]
    public async Task Create_returns_a_key_of_the_documented_shape_naming_its_row()
    {
        var (key, text) = await Keys.CreateAsync("shape", Role.Partner, "152200", null, CancellationToken.None);

        Assert.Matches(KeyShape(), text);
        Assert.Equal($"pok_{key.Id}_", text[..17]);
        Assert.Equal((Role.Partner, "152200", "shape"), (key.Role, key.ScopeCode, key.Name));
        Assert.Null(key.ExpiresAt);
        Assert.Null(key.RevokedAt);
    }

    [Fact]
    public async Task The_stored_row_holds_the_sha256_of_the_key_and_never_the_key_itself()
    {
        var (key, text) = await Keys.CreateAsync("stored", Role.Dashboard, "150902", new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);
        var secret = text[17..];

        var row = ReadRow(key.Id);

        var hash = Assert.IsType<byte[]>(row["SecretHash"]);
        Assert.Equal(32, hash.Length);
        Assert.NotEqual(Encoding.UTF8.GetBytes(text), hash);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(text)), hash);
        foreach (var (column, value) in row)
        {
            var shown = value is byte[] bytes ? Encoding.UTF8.GetString(bytes) + Convert.ToBase64String(bytes) + Convert.ToHexString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            Assert.False(shown.Contains(secret, StringComparison.Ordinal), $"Column {column} holds the key's secret.");
        }
    }

    [Fact]
    public async Task A_scope_that_is_no_division_code_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync("nowhere", Role.Partner, "159999", null, CancellationToken.None));

        Assert.StartsWith("There is no division with the code '159999' to scope the key to.", error.Message, StringComparison.Ordinal);
        Assert.Equal("scopeCode", error.ParamName);
    }

    [Fact]
    public async Task An_expiry_in_the_past_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Keys.CreateAsync("late", Role.Partner, "152200", new DateTimeOffset(2020, 1, 2, 3, 4, 0, TimeSpan.Zero), CancellationToken.None));

        Assert.StartsWith("The expiry 2020-01-02 03:04 UTC is not in the future.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_key_below_the_region_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync("banner admin", Role.Admin, "152201", null, CancellationToken.None));

        Assert.StartsWith("An admin key is region-wide: give it the scope 150000, not '152201'.", error.Message, StringComparison.Ordinal);
        Assert.Equal("scopeCode", error.ParamName);
    }

    [Fact]
    public async Task An_anonymous_key_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync("nobody", Role.Anonymous, "150000", null, CancellationToken.None));

        Assert.Equal("role", error.ParamName);
    }

    [Fact]
    public async Task Find_knows_the_key_and_not_a_wrong_secret_for_its_id()
    {
        var (key, text) = await Keys.CreateAsync("find", Role.Organizer, "150902", null, CancellationToken.None);
        var lastChar = text[^1] == 'A' ? 'B' : 'A';

        var found = await Keys.FindAsync(text, CancellationToken.None);
        var wrongSecret = await Keys.FindAsync(text[..^1] + lastChar, CancellationToken.None);
        var otherSecret = await Keys.FindAsync($"pok_{key.Id}_{new string('x', 43)}", CancellationToken.None);

        Assert.Equal(key.Id, found?.Id);
        Assert.Null(wrongSecret);
        Assert.Null(otherSecret);
    }

    [Fact]
    public async Task Revoke_marks_the_key_by_id_or_text_and_reports_unknown_ids()
    {
        var (byId, _) = await Keys.CreateAsync("revoke by id", Role.Partner, "152200", null, CancellationToken.None);
        var (byText, text) = await Keys.CreateAsync("revoke by text", Role.Partner, "152200", null, CancellationToken.None);

        Assert.True(await Keys.RevokeAsync(byId.Id, CancellationToken.None));
        Assert.True(await Keys.RevokeAsync(text, CancellationToken.None));
        Assert.False(await Keys.RevokeAsync("zzzzzzzzzzzz", CancellationToken.None));

        var listed = (await Keys.ListAsync(CancellationToken.None)).ToDictionary(k => k.Id);
        Assert.NotNull(listed[byId.Id].RevokedAt);
        Assert.NotNull(listed[byText.Id].RevokedAt);
    }

    private Dictionary<string, object?> ReadRow(string id)
    {
        using var db = api.OpenDatabase();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"ApiKeys\" WHERE \"Id\" = @id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"No ApiKeys row {id}.");
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
    }

    [GeneratedRegex("^pok_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$")]
    private static partial Regex KeyShape();
}
