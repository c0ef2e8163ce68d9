namespace PartyOrg.Api.Security;

/// <summary>The <c>Security</c> configuration section: request limits, rate limits, introspection, trusted documents and proxies.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    public RequestLimits Limits { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>Whether <c>__schema</c>/<c>__type</c> and <c>GET /graphql?sdl</c> are served; when unset, only in Development. Admin keys may always introspect.</summary>
    public bool? Introspection { get; set; }

    public TrustedDocumentOptions TrustedDocuments { get; set; } = new();

    /// <summary>How long a checked key is remembered before its row is read again (so a revocation takes effect within it).</summary>
    public int KeyCacheSeconds { get; set; } = 30;

    /// <summary>How long a stream token from <c>createStreamToken</c> opens streams (<c>GET</c> with <c>text/event-stream</c>).</summary>
    public int StreamTokenSeconds { get; set; } = 600;

    /// <summary>Addresses of reverse proxies whose <c>X-Forwarded-For</c> is believed; empty: the connection's address is the client's.</summary>
    public List<string> KnownProxies { get; set; } = [];
}

/// <summary>Limits every operation is checked against before it runs (Hot Chocolate's defaults where it has them).</summary>
public sealed class RequestLimits
{
    /// <summary>Deepest field nesting; the seven-level hierarchy with edges and nodes is 20 deep.</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>Estimated resolver work: fields that reach the database cost 10, other composite fields 1, times the sizes of the lists above them.</summary>
    public double MaxFieldCost { get; set; } = 1000;

    /// <summary>Estimated objects returned: every composite value times the sizes of the lists above it.</summary>
    public double MaxTypeCost { get; set; } = 1000;

    /// <summary>Most syntax nodes a document may have as written (fields, arguments, directives, variables, fragments); validation's work grows with them.</summary>
    public int MaxDocumentNodes { get; set; } = 5000;

    /// <summary>Most fields an operation may select once its fragments are expanded (a fragment bomb stops here).</summary>
    public int MaxFields { get; set; } = 2000;

    /// <summary>The size cost analysis assumes for a list that has no page size (connections assume the default page size).</summary>
    public int AssumedListSize { get; set; } = 10;

    public int MaxAliases { get; set; } = 40;

    public int MaxRootFields { get; set; } = 20;

    /// <summary>Longest time an operation may run; subscriptions are not bound by it once they stream.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Requests per minute, per API key or, without one, per client address; answered with 429 and Retry-After beyond.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public int PerKeyPerMinute { get; set; } = 600;

    public int AnonymousPerMinute { get; set; } = 60;

    /// <summary>Prefix of the Redis keys that hold the shared limits (when <c>Changes:Redis</c> is set), so deployments may share a Redis.</summary>
    public string RedisKeyPrefix { get; set; } = "party-org:rate:";
}

/// <summary>Persisted operations known by the SHA-256 of their text.</summary>
public sealed class TrustedDocumentOptions
{
    /// <summary><c>Off</c>, <c>Allow</c> (documents by hash as well as text) or <c>Only</c> (documents by hash alone).</summary>
    public string Mode { get; set; } = "Off";

    /// <summary>A JSON object from hash (optionally <c>sha256:</c>-prefixed) to document, relative to the content root unless absolute.</summary>
    public string? Path { get; set; }
}
