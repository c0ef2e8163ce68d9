using Microsoft.Extensions.Configuration;
using PartyOrg.Api.Hosting;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;

namespace PartyOrg.Api.Tests.Hosting;

public sealed class ServiceSettingsTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "party-settings-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Defaults_give_a_sqlite_file_under_data_and_the_demo_scale()
    {
        var settings = Load();

        Assert.Contains(Path.Combine(_contentRoot, "data", "party.db"), settings.Domain.ConnectionString, StringComparison.Ordinal);
        Assert.Equal(SeedScale.Demo, settings.Domain.Seed.Scale);
        Assert.Equal(SeedOptions.DefaultAsOf, settings.Domain.Seed.AsOf);
        Assert.Equal(1024 * 1024, settings.Http.MaxRequestBytes);
    }

    [Fact]
    public void Unknown_provider_is_refused_naming_the_supported_ones()
    {
        var error = Assert.Throws<ConfigurationException>(() => Load(("Database:Provider", "Oracle")));

        Assert.Equal("Database:Provider 'Oracle' is not supported. Use 'Sqlite' (the default), 'PostgreSQL' or 'SqlServer'.", error.Message);
    }

    [Fact]
    public void Sql_server_without_connection_string_is_refused()
    {
        var error = Assert.Throws<ConfigurationException>(() => Load(("Database:Provider", "SqlServer")));

        Assert.StartsWith("Database:Provider is SqlServer but Database:ConnectionString is empty.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_seed_scale_is_refused()
    {
        var error = Assert.Throws<ConfigurationException>(() => Load(("Seed:Scale", "huge")));

        Assert.Equal("Unknown seed scale 'huge'. Use 'demo' or 'full'.", error.Message);
    }

    [Fact]
    public void Unparsable_as_of_date_is_refused_naming_the_key()
    {
        var error = Assert.Throws<ConfigurationException>(() => Load(("Seed:AsOf", "next July")));

        Assert.Contains("'Seed:AsOf'", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-07-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_positive_request_limit_is_refused()
    {
        var error = Assert.Throws<ConfigurationException>(() => Load(("GraphQL:MaxRequestBytes", "0")));

        Assert.Equal("GraphQL:MaxRequestBytes must be a positive number of bytes, got 0.", error.Message);
    }

    [Fact]
    public void A_default_page_larger_than_the_maximum_is_refused()
    {
        var error = Assert.Throws<ConfigurationException>(() => Load(("Paging:DefaultPageSize", "60"), ("Paging:MaxPageSize", "50")));

        Assert.Equal("Paging needs 1 <= DefaultPageSize <= MaxPageSize and MaxNodeIds >= 1, got DefaultPageSize 60, MaxPageSize 50, MaxNodeIds 50.", error.Message);
    }

    [Fact]
    public void Paging_limits_are_read_from_configuration()
    {
        var settings = Load(("Paging:DefaultPageSize", "5"), ("Paging:MaxPageSize", "20"), ("Paging:MaxNodeIds", "10"));

        Assert.Equal((5, 20, 10), (settings.Paging.DefaultPageSize, settings.Paging.MaxPageSize, settings.Paging.MaxNodeIds));
    }

    [Fact]
    public void Seed_settings_are_read_from_configuration()
    {
        var settings = Load(("Seed:Scale", "full"), ("Seed:Seed", "7"), ("Seed:AsOf", "2025-01-31"));

        Assert.Equal(new SeedSettings(SeedScale.Full, 7, new DateOnly(2025, 1, 31)), settings.Domain.Seed);
    }

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    private ServiceSettings Load(params (string Key, string Value)[] values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
        return ServiceSettings.Load(configuration, _contentRoot);
    }
}
