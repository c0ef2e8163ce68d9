using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using PartyOrg.Api.Schema.Region;

namespace PartyOrg.Api.Schema;

/// <summary>Registers the GraphQL schema, its graph types and each level's root fields.</summary>
public static class SchemaRegistration
{
    public static IServiceCollection AddPartySchema(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, RegionQueryFields>();

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<PartySchema>()
            .AddGraphTypes(typeof(PartySchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = Utf8Text)
            .AddErrorInfoProvider((options, provider) => options.ExposeExceptionDetails = IsDevelopment(provider))
            .AddUnhandledExceptionHandler(ResolverErrorLog.Write));
        return services;
    }

    /// <summary>Chinese names go out as UTF-8 text rather than \u escapes; HTML-sensitive characters stay escaped.</summary>
    private static JavaScriptEncoder Utf8Text { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static bool IsDevelopment(IServiceProvider provider) =>
        provider.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
}
