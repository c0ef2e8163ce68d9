using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Support;

/// <summary>
/// The API on its own SQLite file in a fresh temporary folder, deleted on dispose — or, with
/// <c>PARTY_TEST_DATABASE=PostgreSQL</c>, on its own PostgreSQL database, dropped on dispose. Shared by
/// the tests of one class (IClassFixture), so the demo data is seeded once per class, never into a shared database.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public ApiFactory()
    {
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "party-api-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The host's SQLite file (the default <c>Database:FileName</c> in <see cref="DataDirectory"/>).</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "party.db");

    /// <summary>The host's PostgreSQL database when the suite runs on PostgreSQL (and the test did not name its own).</summary>
    private string? PostgresName { get; set; }

    /// <summary>Settings that point another host at this host's database (after this host started), e.g. a second instance.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> SharedDatabaseSettings =>
        PostgresName is { } name
            ? [new("Database:Provider", DatabaseProvider.PostgreSql), new("Database:ConnectionString", TestDatabase.PostgresDatabase(name))]
            : [new("Database:ConnectionString", $"Data Source={DatabasePath}")];

    protected virtual string EnvironmentName => "Development";

    /// <summary>
    /// The role of the key every client of this factory sends (HTTP <c>Authorization</c>, WebSocket upgrade header);
    /// admin unless a test class is about what other roles see. Null: clients send no key (anonymous).
    /// </summary>
    protected virtual Role? ClientRole => Role.Admin;

    /// <summary>
    /// Whether the request limits and rate limits keep their production defaults. Tests of other features run
    /// wide queries (the whole hierarchy, thousands of requests), so by default the limits are lifted.
    /// </summary>
    protected virtual bool DefaultLimits => false;

    private readonly Dictionary<(Role, string), string> _keys = [];

    /// <summary>A key of this role scoped to this division, created once per factory and reused.</summary>
    public string Key(Role role, string scope = "150000")
    {
        lock (_keys)
        {
            if (!_keys.TryGetValue((role, scope), out var key))
            {
                key = Services.GetRequiredService<ApiKeys>().CreateAsync($"test {role} {scope}", role, scope, null, CancellationToken.None)
                    .GetAwaiter().GetResult().Text;
                _keys[(role, scope)] = key;
            }

            return key;
        }
    }

    /// <summary>The key the clients of this factory send, or null when they are anonymous.</summary>
    public string? ClientKey => ClientRole is { } role ? Key(role) : null;

    /// <summary>A client that sends this key (or none, for null).</summary>
    public HttpClient CreateClient(string? key)
    {
        var client = Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (ClientKey is { } key)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
    }

    /// <summary>Configuration on top of the temporary database, e.g. a smaller request limit.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    /// <summary>Services added after the API's own, e.g. an <c>IInterceptor</c> that every context picks up.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// A context on the host's database, after the host has started and seeded it, for comparing
    /// answers with the rows themselves. Read with it; the host owns the data.
    /// </summary>
    public PartyDbContext OpenDatabase() => Open(SqliteOpenMode.ReadOnly);

    /// <summary>A context that may write to the host's database, for tests that set up what time or another instance would.</summary>
    public PartyDbContext OpenWritableDatabase() => Open(SqliteOpenMode.ReadWrite);

    private PartyDbContext Open(SqliteOpenMode mode)
    {
        _ = Services;
        if (PostgresName is { } name)
        {
            return new PostgresPartyDbContext(new DbContextOptionsBuilder<PostgresPartyDbContext>().UseNpgsql(TestDatabase.PostgresDatabase(name)).Options);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = mode }.ToString();
        return new PartyDbContext(new DbContextOptionsBuilder<PartyDbContext>().UseSqlite(connectionString).Options);
    }

    /// <summary>Moves a key's expiry into the past, as time would (the service refuses to create an expired key).</summary>
    public async Task SetKeyExpiryAsync(string id, DateTimeOffset expiry)
    {
        await using var db = OpenWritableDatabase();
        var updated = await db.ApiKeys.Where(k => k.Id == id).ExecuteUpdateAsync(set => set.SetProperty(k => k.ExpiresAt, expiry));
        Assert.Equal(1, updated);
    }

    /// <summary>POSTs a GraphQL request and returns the whole response body.</summary>
    public Task<JsonElement> QueryAsync(string query, object? variables = null, CancellationToken cancellationToken = default) =>
        QueryAsAsync(ClientKey, query, variables, cancellationToken);

    /// <summary>POSTs a GraphQL request with this key (null: anonymous) and returns the whole response body.</summary>
    public async Task<JsonElement> QueryAsAsync(string? key, string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var client = CreateClient(key);
        using var response = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query, variables })), cancellationToken);
        return await response.ReadJsonAsync(cancellationToken);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        UseSeededTemplate();
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        if (PostgresName is { } postgres)
        {
            builder.UseSetting("Database:Provider", DatabaseProvider.PostgreSql);
            builder.UseSetting("Database:ConnectionString", TestDatabase.PostgresDatabase(postgres));
        }
        if (!DefaultLimits)
        {
            builder.UseSetting("Security:RateLimits:Enabled", "false");
            builder.UseSetting("Security:Limits:MaxDepth", "100");
            builder.UseSetting("Security:Limits:MaxFields", "100000");
            builder.UseSetting("Security:Limits:MaxFieldCost", "1000000000000000");
            builder.UseSetting("Security:Limits:MaxTypeCost", "1000000000000000");
            builder.UseSetting("Security:Limits:MaxAliases", "1000");
            builder.UseSetting("Security:Limits:MaxRootFields", "1000");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(ConfigureServices);
    }

    /// <summary>
    /// Starts from a copy of the run's generated database when the settings ask for the standard data
    /// (any scale, the default seed and date); the host then finds it seeded and serves at once.
    /// </summary>
    private void UseSeededTemplate()
    {
        var settings = Settings.ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
        string[] database = ["Database:FileName", "Database:ConnectionString", "Database:Provider"];
        string[] custom = ["Seed:Seed", "Seed:AsOf", .. database];
        var scale = settings.TryGetValue("Seed:Scale", out var value) ? SeedScales.Parse(value) : SeedScale.Demo;
        if (TestDatabase.IsPostgreSql && PostgresName is null && !database.Any(settings.ContainsKey))
        {
            // Custom seeds get an empty database the host migrates and seeds itself.
            PostgresName = PostgresDatabases.NewName();
            var standard = !custom.Any(settings.ContainsKey);
            (standard ? SeededTemplates.CreatePostgresAsync(scale, PostgresName) : PostgresDatabases.CreateAsync(PostgresName, template: null))
                .GetAwaiter().GetResult();
            return;
        }

        if (TestDatabase.IsPostgreSql || File.Exists(DatabasePath) || custom.Any(settings.ContainsKey))
        {
            return;
        }

        SeededTemplates.CopyTo(scale, DatabasePath);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (PostgresName is { } postgres)
        {
            await PostgresDatabases.DropAsync(postgres);
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A handle still held by a finaliser: the OS temp cleaner takes it.
        }

        GC.SuppressFinalize(this);
    }
}
