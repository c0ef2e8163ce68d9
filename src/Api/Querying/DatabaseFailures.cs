using System.Data.Common;

namespace PartyOrg.Api.Querying;

/// <summary>
/// Tells a database that cannot be reached (down, restarting, refusing connections, too slow) from a defect, so that
/// callers get a coded error they can retry instead of a generic failure. The providers say which of their failures
/// are transient (<see cref="DbException.IsTransient"/>); EF Core and the loaders wrap them, so the whole chain is read.
/// </summary>
public static class DatabaseFailures
{
    public const string Code = "DATABASE_UNAVAILABLE";
    public const string Message = "The database is unavailable at the moment; try again shortly.";

    /// <summary>Whether the exception, or any it wraps, is the database being unreachable.</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        DbException { IsTransient: true } or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        { InnerException: { } inner } => IsUnavailable(inner),
        _ => false,
    };

    /// <summary>The error a GraphQL response carries for it.</summary>
    public static QueryError Error() => new(Code, Message);
}
