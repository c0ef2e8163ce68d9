namespace PartyOrg.Api.Querying.Paging;

/// <summary>Validated <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c> arguments.</summary>
public sealed record PageRequest(int Size, bool Backward, string? After, string? Before)
{
    public static PageRequest From(int? first, string? after, int? last, string? before, PagingOptions options)
    {
        if (first is not null && last is not null)
        {
            throw new QueryError(QueryErrorCodes.InvalidPagingArguments, "Pass either 'first' or 'last', not both.");
        }

        var requested = first ?? last;
        if (requested < 0)
        {
            throw new QueryError(QueryErrorCodes.MinPaginationItems, "The requested number of values per page must be at least 0.",
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["requestedItems"] = requested });
        }

        if (requested > options.MaxPageSize)
        {
            throw new QueryError(QueryErrorCodes.MaxPaginationItems, "The maximum allowed items per page were exceeded.",
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["requestedItems"] = requested, ["maxAllowedItems"] = options.MaxPageSize });
        }

        return new PageRequest(requested ?? options.DefaultPageSize, last is not null, after, before);
    }
}

/// <summary>The <c>Paging</c> configuration section.</summary>
public sealed class PagingOptions
{
    public const string Section = "Paging";

    public int DefaultPageSize { get; set; } = 10;

    public int MaxPageSize { get; set; } = 50;

    /// <summary>Most IDs one <c>nodes</c> call may ask for.</summary>
    public int MaxNodeIds { get; set; } = 50;
}
