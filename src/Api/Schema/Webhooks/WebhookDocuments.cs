using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using PartyOrg.Api.Schema.Changes;

namespace PartyOrg.Api.Schema.Webhooks;

/// <summary>Checks at registration what a webhook will run: one subscription to changes or statisticsChanged, valid against the schema with its variables.</summary>
public static class WebhookDocuments
{
    private static readonly string[] Streams = ["changes", "statisticsChanged"];

    public static async Task CheckAsync(IResolveFieldContext context, string query, string? variables)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLParserException e)
        {
            throw Refused($"The query does not parse: {e.Message}");
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count != 1 || operations[0].Operation != OperationType.Subscription ||
            operations[0].SelectionSet.Selections is not [GraphQLField field] || !Streams.Contains(field.Name.StringValue, StringComparer.Ordinal))
        {
            throw Refused("The query must hold one operation, a subscription selecting one root field: changes or statisticsChanged.");
        }

        var inputs = Variables(context, variables);
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = context.Schema,
            Document = document,
            Operation = operations[0],
            Rules = DocumentValidator.CoreRules,
            Variables = inputs,
            UserContext = context.UserContext,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.CancellationToken,
        });
        if (!result.IsValid)
        {
            throw Refused($"The query is not valid: {string.Join(" ", result.Errors.Select(e => e.Message))}");
        }
    }

    private static Inputs Variables(IResolveFieldContext context, string? variables)
    {
        if (variables is null)
        {
            return Inputs.Empty;
        }

        try
        {
            return context.RequestServices!.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(variables) ?? Inputs.Empty;
        }
        catch (System.Text.Json.JsonException)
        {
            throw Refused("The variables must be a JSON object, as text.");
        }
    }

    private static WebhookRefusedException Refused(string message) => new(new InvalidInputError(message, "query"));
}
