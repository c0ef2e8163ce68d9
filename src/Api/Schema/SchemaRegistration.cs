using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Schema.Banners;
using PartyOrg.Api.Schema.Branches;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Leagues;
using PartyOrg.Api.Schema.Members;
using PartyOrg.Api.Schema.Nodes;
using PartyOrg.Api.Schema.PracticalMatters;
using PartyOrg.Api.Schema.ServiceProjects;
using PartyOrg.Api.Schema.Suggestions;
using PartyOrg.Api.Schema.Regions;
using PartyOrg.Api.Schema.Streams;
using PartyOrg.Api.Schema.Townships;
using PartyOrg.Api.Schema.Villages;
using PartyOrg.Api.Schema.Webhooks;
using PartyOrg.Api.Security.Webhooks;

namespace PartyOrg.Api.Schema;

/// <summary>Registers the GraphQL schema, its graph types and each level's root fields.</summary>
public static class SchemaRegistration
{
    public static IServiceCollection AddPartySchema(this IServiceCollection services, PagingOptions paging)
    {
        services.AddSingleton<IQueryFields, RegionQueryFields>();
        services.AddSingleton<IQueryFields, LeagueQueryFields>();
        services.AddSingleton<IQueryFields, BannerQueryFields>();
        services.AddSingleton<IQueryFields, TownshipQueryFields>();
        services.AddSingleton<IQueryFields, VillageQueryFields>();
        services.AddSingleton<IQueryFields, BranchQueryFields>();
        services.AddSingleton<IQueryFields, MemberQueryFields>();
        services.AddSingleton<IQueryFields, NodeQueryFields>();
        services.AddSingleton<IQueryFields, SuggestionQueryFields>();
        services.AddSingleton<IQueryFields, PracticalMatterQueryFields>();
        services.AddSingleton<IQueryFields, ServiceProjectQueryFields>();
        services.AddSingleton<IMutationFields, MemberMutationFields>();
        services.AddSingleton<IMutationFields, BranchMutationFields>();
        services.AddSingleton<IMutationFields, VillageMutationFields>();
        services.AddSingleton<IMutationFields, SuggestionMutationFields>();
        services.AddSingleton<IMutationFields, PracticalMatterMutationFields>();
        services.AddSingleton<IMutationFields, ServiceProjectMutationFields>();
        services.TryAddSingleton(new PublicIntakeOptions());
        services.AddSingleton<PublicIntake>();
        services.AddSingleton<IQueryFields, ChangeQueryFields>();
        services.AddSingleton<ISubscriptionFields, ChangeSubscriptionFields>();
        services.AddSingleton<IMutationFields, StreamTokenMutationFields>();
        services.AddSingleton<WebhookFields>();
        services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<WebhookFields>());
        services.AddSingleton<IMutationFields>(provider => provider.GetRequiredService<WebhookFields>());
        services.AddWebhookTargets();
        services.AddChangeFeed();
        services.AddScoped<RequestLoaders>();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(paging));

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<PartySchema>()
            .AddGraphTypes(typeof(PartySchema).Assembly)
            .AddSerializer<ResultSerializer>()
            .AddExecutionStrategy<SharedEventExecution>(GraphQLParser.AST.OperationType.Subscription)
            .AddErrorInfoProvider((options, provider) => options.ExposeExceptionDetails = IsDevelopment(provider))
            .AddUnhandledExceptionHandler(ResolverErrorLog.Write));
        return services;
    }

    private static bool IsDevelopment(IServiceProvider provider) =>
        provider.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
}
