using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace PartyOrg.Api.Browser;

/// <summary>Registers and maps what browsers use: CORS, the Origin check of WebSocket upgrades, the IDE and the front end.</summary>
public static class BrowserRegistration
{
    public const string CorsPolicy = "browsers";

    public static IServiceCollection AddPartyBrowser(this IServiceCollection services, BrowserOptions options)
    {
        services.AddSingleton(options);
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. options.AllowedOrigins])
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders(HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.Accept, "GraphQL-Cost")
            .WithExposedHeaders(HeaderNames.RetryAfter)));
        return services;
    }

    /// <summary>Goes before the WebSocket endpoint, so a socket from a foreign origin is refused before it is accepted.</summary>
    public static IApplicationBuilder UsePartyBrowser(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<BrowserOptions>();
        app.UseCors(CorsPolicy);
        app.Use(new WebSocketOrigins(options.AllowedOrigins).CheckAsync);
        if (!Directory.Exists(options.WebRoot))
        {
            return app.Use(new FrontEndMissing(options.WebRoot).ExplainAsync);
        }

        var files = new PhysicalFileProvider(options.WebRoot);
        if (options.IdeEnabled)
        {
            app.Use(new IdePage(files).ServeAsync);
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache",
        });
    }
}
