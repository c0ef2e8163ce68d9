using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace PartyOrg.Benchmarks.Http;

/// <summary>
/// The floors of the HTTP suite: a minimal ASP.NET Core application on Kestrel at a loopback port with two
/// hand-written endpoints. <c>/typename</c> parses the JSON body and writes the answer to <c>{ __typename }</c>;
/// <c>/dashboard</c> reads the same rollup rows as the API (region and twelve leagues, one prepared statement on a
/// pooled connection) and writes the dashboard's JSON straight to the body. Division names are read once at start,
/// as the API's in-memory directory does.
/// </summary>
public sealed class FloorServer : IAsyncDisposable
{
    private static readonly byte[] TypenameAnswer = """{"data":{"__typename":"Query"}}"""u8.ToArray();

    private readonly WebApplication _app;
    private readonly string _connectionString;
    private readonly Division _region;
    private readonly Division[] _leagues;

    private FloorServer(WebApplication app, string connectionString, Division region, Division[] leagues)
    {
        _app = app;
        _connectionString = connectionString;
        _region = region;
        _leagues = leagues;
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public static async Task<FloorServer> StartAsync(string databaseFile, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        Division region;
        Division[] leagues;
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            region = (await ReadDivisionsAsync(connection, "SELECT Code, Name FROM Regions ORDER BY Code LIMIT 1", cancellationToken)).Single();
            leagues = [.. await ReadDivisionsAsync(connection, $"SELECT Code, Name FROM Leagues ORDER BY Code LIMIT {HttpQueries.Leagues}", cancellationToken)];
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FloorServer(app, connectionString, region, leagues);
        app.MapPost("/typename", server.TypenameAsync);
        app.MapPost("/dashboard", server.DashboardAsync);
        await app.StartAsync(cancellationToken);
        server.Address = new Uri(app.Urls.Single());
        return server;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static async Task<List<Division>> ReadDivisionsAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<Division>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Division(reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private static async Task<string> QueryOfAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
        return body.RootElement.TryGetProperty("query", out var query) && query.GetString() is { } text
            ? text
            : throw new BadHttpRequestException("The body has no 'query'.");
    }

    private async Task TypenameAsync(HttpContext context)
    {
        await QueryOfAsync(context.Request);
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(TypenameAnswer, context.RequestAborted);
    }

    private async Task DashboardAsync(HttpContext context)
    {
        await QueryOfAsync(context.Request);
        var figures = await ReadFiguresAsync(context.RequestAborted);
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("region");
        json.WriteString("code", _region.Code);
        json.WriteString("name", _region.Name);
        json.WriteStartObject("leagues");
        json.WriteStartArray("nodes");
        foreach (var league in _leagues)
        {
            json.WriteStartObject();
            json.WriteString("code", league.Code);
            json.WriteString("name", league.Name);
            json.WriteStartObject("stats");
            var (members, branches, strongest) = figures.TryGetValue(league.Code, out var row) ? row : default;
            json.WriteNumber("memberCount", members);
            json.WriteNumber("strongestBranchShare", branches == 0 ? 0 : Math.Round(100.0 * strongest / branches, 1, MidpointRounding.AwayFromZero));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>The twelve leagues' rollup rows in one statement: code → (members, branches, strongest branches).</summary>
    private async Task<Dictionary<string, (int Members, int Branches, int Strongest)>> ReadFiguresAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Code, Members, Branches, StrongestBranches FROM DivisionRollups WHERE Code IN ({string.Join(", ", _leagues.Select((_, i) => $"$c{i}"))})";
        for (var i = 0; i < _leagues.Length; i++)
        {
            command.Parameters.AddWithValue($"$c{i}", _leagues[i].Code);
        }

        await command.PrepareAsync(cancellationToken);
        var figures = new Dictionary<string, (int, int, int)>(_leagues.Length, StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            figures[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        }

        return figures;
    }

    private sealed record Division(string Code, string Name);
}
