using System.Text.Json;
using PartyOrg.Benchmarks.Setup;

namespace PartyOrg.Benchmarks.Queries;

/// <summary>One measured query: its GraphQL text, the hand-written floor for the same rows, and how to read both.</summary>
public interface IQueryCase
{
    string Name { get; }

    /// <summary>The name <c>--query</c> selects it by.</summary>
    string ShortName { get; }

    string GraphQL { get; }

    /// <summary>The rows of the <c>data</c> member of an API response.</summary>
    ResultKeys KeysOf(JsonElement data);

    /// <summary>A floor on its own connection, with its commands prepared; one per concurrent worker.</summary>
    Task<IFloor> OpenFloorAsync(FloorDatabase database, CancellationToken cancellationToken);
}

/// <summary>The ADO.NET floor of a query: fetches and materialises the rows the API returns.</summary>
public interface IFloor : IAsyncDisposable
{
    Task<IFloorResult> RunAsync(CancellationToken cancellationToken);

    /// <summary>The statements of the last run, for <c>--show-sql</c>.</summary>
    IReadOnlyList<string> Statements { get; }
}

/// <summary>Typed rows as the floor fetched them; turned into keys only to verify, never while timed.</summary>
public interface IFloorResult
{
    ResultKeys Keys();
}
