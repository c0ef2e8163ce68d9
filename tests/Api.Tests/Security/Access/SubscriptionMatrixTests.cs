using System.Globalization;
using System.Text.Json;
using GraphQL.Types;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// The matrix of the Subscription root and of what only it returns (DivisionStatisticsChanged), over graphql-transport-ws:
/// every role subscribes to both fields, an admin makes a change, and each role gets either its events or the refusal.
/// </summary>
public sealed class SubscriptionMatrixTests(MatrixApi api) : IClassFixture<MatrixApi>
{
    [Fact]
    public async Task Every_role_gets_each_subscription_and_its_fields_as_declared()
    {
        var schema = api.Schema;
        var subscription = schema.Subscription!;
        var statistics = (IObjectGraphType)schema.AllTypes["DivisionStatisticsChanged"]!;
        var operations = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["changes"] = $"subscription {{ changes(scope: \"{MatrixReach.Region}\") {{ __typename position }} }}",
            ["statisticsChanged"] = $"subscription {{ statisticsChanged(codes: [\"{MatrixReach.Region}\"]) {{ {AccessPaths.Selection(statistics)} }} }}",
        };
        Assert.Equal(operations.Keys.Order(StringComparer.Ordinal), AccessRules.Fields(subscription).Select(f => f.Name));

        var sockets = new Dictionary<Role, GraphQLSocket>();
        var before = FeedSubscribers.Count(api);
        foreach (var role in AccessRules.AllRoles)
        {
            sockets[role] = await GraphQLSocket.ConnectWithKeyAsync(api, api.KeyOf(role));
            foreach (var (id, query) in operations)
            {
                await sockets[role].SubscribeAsync(id, query);
            }
        }

        try
        {
            var streaming = AccessRules.AllRoles.Count(role => AccessRules.Expected(subscription, subscription.GetField("changes")!, role) == Outcome.Allow);
            await FeedSubscribers.WaitForAsync(api, before + (streaming * operations.Count));
            await RecordMeetingAsync();

            var problems = new List<string>();
            foreach (var (role, socket) in sockets)
            {
                var first = await socket.FirstOfEachAsync([.. operations.Keys]);
                foreach (var field in AccessRules.Fields(subscription))
                {
                    var message = first[field.Name];
                    var errors = AccessSockets.Errors(message);
                    var allowed = AccessRules.Expected(subscription, field, role) == Outcome.Allow;
                    if (allowed ? errors.Count > 0 || AccessPaths.At(message.Payload(), [field.Name]) is null : !errors.Any(e => e.Refuses) || message.Type() == "next" && AccessPaths.At(message.Payload(), [field.Name]) is not null)
                    {
                        problems.Add($"Subscription.{field.Name} {Roles.Name(role)}: expected {(allowed ? "an event" : "AUTH_NOT_AUTHORIZED")}, got {message}");
                    }
                }

                if (AccessRules.Expected(subscription, subscription.GetField("statisticsChanged")!, role) == Outcome.Allow)
                {
                    var update = AccessSockets.Body(first["statisticsChanged"]);
                    problems.AddRange(AccessRules.Fields(statistics)
                        .Where(f => AccessRules.Expected(statistics, f, role) == Outcome.Allow == AccessPaths.Errors(update).Any(e => e.Refuses && AccessPaths.StartsWith(e.Path, ["statisticsChanged", f.Name])))
                        .Select(f => $"DivisionStatisticsChanged.{f.Name} {Roles.Name(role)}: expected {AccessRules.Expected(statistics, f, role)}, got {update}"));
                }
            }

            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }
        finally
        {
            foreach (var socket in sockets.Values)
            {
                await socket.DisposeAsync();
            }
        }
    }

    private async Task RecordMeetingAsync()
    {
        var samples = await api.SamplesAsync();
        var body = await api.QueryAsAsync(api.KeyOf(Role.Admin),
            "mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { errors { __typename } } }",
            new { input = new { branchId = NodeId.Encode("Branch", samples.MeetingBranch), kind = "THEMED_PARTY_DAY", heldOn = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), attendance = 1 } });
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("recordMeeting").GetProperty("errors").ValueKind);
    }
}
