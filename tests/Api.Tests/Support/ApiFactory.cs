using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;

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

    /// <summary>POSTs a GraphQL request and returns the whole response body.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var client = CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query, variables })), cancellationToken);
        return await response.ReadJsonAsync(cancellationToken);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        UseSeededTemplate();
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:DataDirectory", DataDirectory);
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
