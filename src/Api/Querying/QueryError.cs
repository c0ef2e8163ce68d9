using GraphQL;

namespace PartyOrg.Api.Querying;

/// <summary>A request error with a code in <c>extensions.code</c> and, where useful, the values involved.</summary>
public sealed class QueryError : ExecutionError
{
    public QueryError(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions)
            {
                this.AddExtension(key, value);
            }
        }
    }
}

/// <summary>Error codes; Hot Chocolate's where it has one for the same failure.</summary>
public static class QueryErrorCodes
{
    public const string MaxPaginationItems = "HC0051";
    public const string MinPaginationItems = "HC0079";
    public const string InvalidCursor = "HC0078";
    public const string TooManyNodes = "HC0076";
    public const string InvalidNodeId = "INVALID_NODE_ID";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string UnknownDivision = "UNKNOWN_DIVISION";
}
