namespace PartyOrg.Api.Transport.Http;

/// <summary>Registers and maps the hand-written GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLHttpEndpoint
{
    public const string DefaultPath = "/graphql";

    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, GraphQLHttpOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<HttpCallers>();
        services.AddSingleton<SdlDocument>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>GET and POST only; routing answers other methods with 405 and an Allow header.</summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = DefaultPath) =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], (HttpContext context) =>
            context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context));
}

/// <summary>The <c>GraphQL</c> configuration section for the HTTP endpoint.</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    public const long DefaultMaxRequestBytes = 1024 * 1024;

    /// <summary>Request bodies larger than this are refused with 413 before they are parsed.</summary>
    public long MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;
}
