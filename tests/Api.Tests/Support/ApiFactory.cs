using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

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

    protected virtual string EnvironmentName => "Development";

    /// <summary>Configuration on top of the temporary database, e.g. a smaller request limit.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
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
