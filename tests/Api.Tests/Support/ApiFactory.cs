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
/// The API on its own SQLite file in a fresh temporary folder, deleted on dispose. Shared by the tests
/// of one class (IClassFixture), so the demo data is seeded once per class, never into a shared file.
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
    public PartyDbContext OpenDatabase()
    {
        _ = Services;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString();
        return new PartyDbContext(new DbContextOptionsBuilder<PartyDbContext>().UseSqlite(connectionString).Options);
    }

    /// <summary>A context that writes to the host's database: for states the API cannot reach (an expired key, an old row).</summary>
    public PartyDbContext OpenWritableDatabase()
    {
        _ = Services;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString();
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
        string[] custom = ["Seed:Seed", "Seed:AsOf", "Database:FileName", "Database:ConnectionString", "Database:Provider"];
        if (File.Exists(DatabasePath) || custom.Any(settings.ContainsKey))
        {
            return;
        }

        var scale = settings.TryGetValue("Seed:Scale", out var value) ? SeedScales.Parse(value) : SeedScale.Demo;
        SeededTemplates.CopyTo(scale, DatabasePath);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
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
