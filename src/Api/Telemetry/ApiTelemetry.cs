using System.Diagnostics;

namespace PartyOrg.Api.Telemetry;

/// <summary>
/// The names this service reports under: one activity source for its own spans (operations, loader batches,
/// subscriptions) and one meter. Attributes carry shapes and counts only, never values a client sent
/// (variables, keys, member names), so telemetry can leave the machine without leaking personal data.
/// </summary>
public static class ApiTelemetry
{
    public const string Name = "PartyOrg.Api";

    public static readonly ActivitySource Source = new(Name);

    public const string OperationType = "graphql.operation.type";
    public const string OperationName = "graphql.operation.name";
    public const string DocumentHash = "graphql.document.hash";
    public const string FieldCost = "graphql.operation.cost.field";
    public const string TypeCost = "graphql.operation.cost.type";
    public const string Outcome = "party.outcome";
    public const string Transport = "party.transport";
    public const string Statements = "party.sql.statements";
    public const string LoaderValue = "party.loader.value";
    public const string LoaderKeys = "party.loader.keys";
    public const string Events = "party.subscription.events";
    public const string Code = "party.code";

    /// <summary>The outcome of an operation that ran without an error.</summary>
    public const string Ok = "ok";
}
