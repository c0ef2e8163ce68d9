using System.Text.RegularExpressions;
using GraphQL.Types;
using PartyOrg.Api.Schema.Common;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>How to reach one instance of a type: an operation whose <c>@</c> is replaced by a selection of the type's fields.</summary>
public sealed record Reach(string Operation, string Template)
{
    public string Query(string selection) => $"{Operation} {{ {Template.Replace("@", selection, StringComparison.Ordinal)} }}";
}

/// <summary>Rows of the demo data the reach table needs: villages with a committee, a first secretary, a work team and grids, a branch with meetings.</summary>
public sealed record MatrixSamples(string CommitteeVillage, string FirstSecretaryVillage, string WorkTeamVillage, string GridVillage, long MeetingBranch, long RatedBranch);

/// <summary>
/// The reach table of the live matrix: for every object type of the schema (Subscription and what only it returns
/// are reached over WebSocket), a query or mutation that returns one instance of it.
/// </summary>
public static partial class MatrixReach
{
    public const string Region = "150000";

    /// <summary>Types reached over WebSocket by <see cref="SubscriptionMatrixTests"/>, and the Mutation root checked field by field.</summary>
    /// <summary>
    /// Webhook and WebhookDelivery exist only for the key that registered them, so no shared row reaches them for every
    /// role: their rule (partner) is checked by the Mutation root here and their ownership by WebhookDeliveryTests.
    /// </summary>
    public static IReadOnlySet<string> Special { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Mutation", "Subscription", "DivisionStatisticsChanged", "Webhook", "WebhookDelivery",

        // Only the intake's limit returns it (PublicIntakeTests); its rule is in the static matrix.
        "LimitExceededError",
    };

    public static string MissingBranch { get; } = NodeId.Encode("Branch", 999_999_999);

    public static string MissingMember { get; } = NodeId.Encode("Member", 999_999_999);

    public static Dictionary<string, Reach> Table(ISchema schema, MatrixSamples samples)
    {
        Reach Q(string template) => new("query", template);
        var table = new Dictionary<string, Reach>(StringComparer.Ordinal)
        {
            ["Query"] = Q("@"),
            ["Region"] = Q("region { @ }"),
            ["Statistics"] = Q("region { stats { @ } }"),
            ["StatisticsBucket"] = Q("region { stats { membersBy(dimension: GENDER) { @ } } }"),
            ["StatisticsSource"] = Q("region { stats { source { @ } } }"),
            ["PageInfo"] = Q("leagues(first: 1) { pageInfo { @ } }"),
            ["BranchStatistics"] = Q("branches(first: 1) { nodes { stats { @ } } }"),
            ["Rectification"] = Q("branches(first: 1, where: { rectifications: { any: true } }) { nodes { rectifications { @ } } }"),
            ["VillageFacts"] = Q("villages(first: 1) { nodes { facts { @ } } }"),
            ["CommitteeMember"] = Q($"division(code: \"{samples.CommitteeVillage}\") {{ ... on Village {{ committee {{ @ }} }} }}"),
            ["FirstSecretary"] = Q($"division(code: \"{samples.FirstSecretaryVillage}\") {{ ... on Village {{ firstSecretary {{ @ }} }} }}"),
            ["WorkTeam"] = Q($"division(code: \"{samples.WorkTeamVillage}\") {{ ... on Village {{ workTeam {{ @ }} }} }}"),
            ["ResidentCadre"] = Q($"division(code: \"{samples.WorkTeamVillage}\") {{ ... on Village {{ workTeam {{ cadres {{ @ }} }} }} }}"),
            ["Grid"] = Q($"division(code: \"{samples.GridVillage}\") {{ ... on Village {{ grids {{ @ }} }} }}"),
            ["GridWorker"] = Q($"division(code: \"{samples.GridVillage}\") {{ ... on Village {{ grids {{ workers {{ @ }} }} }} }}"),
            ["ChangeEvent"] = Q($"changes(scope: \"{Region}\", first: 1) {{ nodes {{ @ }} }}"),
            ["ChangeEventConnection"] = Q($"changes(scope: \"{Region}\", first: 1) {{ @ }}"),
            ["ChangeEventEdge"] = Q($"changes(scope: \"{Region}\", first: 1) {{ edges {{ @ }} }}"),
            ["NotFoundError"] = new("mutation", $"admitMember{MutationArguments["admitMember"]} {{ errors {{ ... on NotFoundError {{ @ }} }} }}"),
            ["InvalidInputError"] = new("mutation", "createBranch(input: { name: \"\", sector: RURAL, villageCode: \"150000000000\", foundedOn: \"2020-01-01\" }) { errors { ... on InvalidInputError { @ } } }"),
            ["ConcurrencyConflictError"] = new("mutation",
                $"rateBranch(input: {{ branchId: \"{NodeId.Encode("Branch", samples.RatedBranch)}\", version: 99999, rating: STANDARD, year: 2020 }}) {{ errors {{ ... on ConcurrencyConflictError {{ @ }} }} }}"),
        };

        // The hierarchy's levels, their connections and edges; the meetings of a branch that has some.
        foreach (var (type, list) in new[] { ("League", "leagues"), ("Banner", "banners"), ("Township", "townships"), ("Village", "villages"), ("Branch", "branches"), ("Member", "members"),
            ("Suggestion", "suggestions"), ("PracticalMatterList", "practicalMatterLists"), ("PracticalMatter", "practicalMatters"), ("ServiceProject", "serviceProjects"),
            ("OneNetworkService", "oneNetworkServices") })
        {
            table[type] = Q($"{list}(first: 1) {{ nodes {{ @ }} }}");
            table[$"{type}Connection"] = Q($"{list}(first: 1) {{ @ }}");
            table[$"{type}Edge"] = Q($"{list}(first: 1) {{ edges {{ @ }} }}");
        }

        var meetings = $"branches(first: 1, where: {{ id: {{ eq: \"{NodeId.Encode("Branch", samples.MeetingBranch)}\" }} }}) {{ nodes {{ meetings(first: 1) {{ @ }} }} }}";
        table["MeetingConnection"] = Q(meetings);
        table["MeetingEdge"] = Q(meetings.Replace("@", "edges { @ }", StringComparison.Ordinal));
        table["Meeting"] = Q(meetings.Replace("@", "nodes { @ }", StringComparison.Ordinal));

        // Every details type through the first event of its kind; every payload through a mutation refused for a missing row.
        foreach (var details in ((UnionGraphType)schema.AllTypes["ChangeDetails"]!).PossibleTypes)
        {
            table[details.Name] = Q($"changes(scope: \"{Region}\", first: 1, kinds: [{Kind(details.Name)}]) {{ nodes {{ details {{ ... on {details.Name} {{ @ }} }} }} }}");
        }

        foreach (var mutation in ((IObjectGraphType)schema.AllTypes["Mutation"]!).Fields)
        {
            table[AccessPaths.Unwrap(mutation.ResolvedType!).Name] = new("mutation", $"{mutation.Name}{MutationArguments[mutation.Name]} {{ @ }}");
        }

        return table;
    }

    /// <summary>Inputs every mutation refuses with a NotFoundError: the rows they name do not exist.</summary>
    public static IReadOnlyDictionary<string, string> MutationArguments { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["admitMember"] = $"(input: {{ branchId: \"{MissingBranch}\", name: \"无\", gender: MALE, ethnicity: HAN, birthDate: \"1990-01-01\", joinedOn: \"2020-01-01\", education: BACHELOR, occupation: WORKER }})",
        ["confirmMember"] = $"(input: {{ memberId: \"{MissingMember}\", version: 0, confirmedOn: \"2020-01-01\" }})",
        ["transferMember"] = $"(input: {{ memberId: \"{MissingMember}\", version: 0, toBranchId: \"{MissingBranch}\" }})",
        ["recordMemberExit"] = $"(input: {{ memberId: \"{MissingMember}\", version: 0, reason: DECEASED, exitedOn: \"2020-01-01\" }})",
        ["updateMember"] = $"(input: {{ memberId: \"{MissingMember}\", version: 0, name: \"无\" }})",
        ["createBranch"] = "(input: { name: \"无\", sector: RURAL, villageCode: \"150000000000\", foundedOn: \"2020-01-01\" })",
        ["appointSecretary"] = $"(input: {{ branchId: \"{MissingBranch}\", version: 0, memberId: \"{MissingMember}\" }})",
        ["rateBranch"] = $"(input: {{ branchId: \"{MissingBranch}\", version: 0, rating: STANDARD, year: 2020 }})",
        ["listWeakBranch"] = $"(input: {{ branchId: \"{MissingBranch}\", version: 0, year: 2020 }})",
        ["completeRectification"] = $"(input: {{ branchId: \"{MissingBranch}\", version: 0, year: 2020 }})",
        ["recordMeeting"] = $"(input: {{ branchId: \"{MissingBranch}\", kind: PARTY_LECTURE, heldOn: \"2020-01-01\", attendance: 1 }})",
        ["assignFirstSecretary"] = "(input: { villageCode: \"150000000000\", name: \"无\", sentBy: \"无\", startedOn: \"2020-01-01\" })",
        ["endFirstSecretaryAssignment"] = "(input: { villageCode: \"150000000000\", endedOn: \"2020-01-01\" })",
        ["assignWorkTeam"] = "(input: { villageCode: \"150000000000\", sentBy: \"无\", startedOn: \"2020-01-01\", cadreNames: [\"无\"] })",
        ["updateServiceCenter"] = "(input: { villageCode: \"150000000000\", version: 0, hasServiceCenter: true, linkedOnline: false })",
        ["updateGrids"] = "(input: { villageCode: \"150000000000\", version: 0, grids: [{ households: 1, workers: [{ name: \"无\" }] }] })",
        ["createStreamToken"] = "(input: { lifetimeSeconds: 60 })",
        ["createWebhook"] = "(input: { url: \"file:///nowhere\", query: \"subscription { changes(scope: \\\"150000\\\") { position } }\" })",
        ["updateWebhook"] = $"(input: {{ id: \"{NodeId.Encode("Webhook", 0)}\", enabled: false }})",
        ["deleteWebhook"] = $"(input: {{ id: \"{NodeId.Encode("Webhook", 0)}\" }})",
        ["replayWebhook"] = $"(input: {{ id: \"{NodeId.Encode("Webhook", 0)}\", after: \"0\" }})",
        ["submitSuggestion"] = "(input: { divisionCode: \"150000000000\", text: \"无\" })",
        ["answerSuggestion"] = $"(input: {{ suggestionId: \"{NodeId.Encode("Suggestion", 0)}\", version: 0, response: \"无\" }})",
        ["declineSuggestion"] = $"(input: {{ suggestionId: \"{NodeId.Encode("Suggestion", 0)}\", version: 0, response: \"无\" }})",
        ["adoptSuggestion"] = $"(input: {{ suggestionId: \"{NodeId.Encode("Suggestion", 0)}\", version: 0, listId: \"{NodeId.Encode("PracticalMatterList", 0)}\", title: \"无\", category: HEALTH, plannedOn: \"2026-08-01\" }})",
        ["createPracticalMatterList"] = $"(input: {{ branchId: \"{MissingBranch}\", title: \"无\", year: 2026, isPublished: true }})",
        ["createPracticalMatter"] = $"(input: {{ listId: \"{NodeId.Encode("PracticalMatterList", 0)}\", title: \"无\", category: HEALTH, plannedOn: \"2026-08-01\" }})",
        ["completePracticalMatter"] = $"(input: {{ matterId: \"{NodeId.Encode("PracticalMatter", 0)}\", version: 0, completedOn: \"2026-06-01\" }})",
        ["offerServiceProject"] = "(input: { communityCode: \"150000000000\", title: \"无\", category: HEALTH })",
        ["claimServiceProject"] = $"(input: {{ projectId: \"{NodeId.Encode("ServiceProject", 0)}\", version: 0, memberId: \"{MissingMember}\" }})",
        ["electCommittee"] = "(input: { villageCode: \"150000000000\", version: 0, members: [{ name: \"无\", gender: MALE, education: BACHELOR, source: OTHER, onPartyCommittee: true, onResidentsCommittee: true, isPartySecretary: true, isChair: true }] })",
    };

    /// <summary>Arguments a field needs (or should have: one row of a connection), by <c>Type.field</c>.</summary>
    public static IReadOnlyDictionary<string, string> FieldArguments { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Query.division"] = $"(code: \"{Region}\")",
        ["Query.webhookDeliveries"] = $"(webhookId: \"{NodeId.Encode("Webhook", 0)}\")",
        ["Query.node"] = $"(id: \"{NodeId.Encode("Region", Region)}\")",
        ["Query.nodes"] = $"(ids: [\"{NodeId.Encode("Region", Region)}\"])",
        ["Query.changes"] = $"(scope: \"{Region}\", first: 1)",
        ["Statistics.membersBy"] = "(dimension: GENDER)",
        ["Statistics.branchesBy"] = "(dimension: SECTOR)",
        ["Statistics.weakBranchesRectified"] = "(since: 2018)",
        ["BranchStatistics.membersBy"] = "(dimension: GENDER)",
    };

    /// <summary>MemberAdmitted → MEMBER_ADMITTED.</summary>
    public static string Kind(string detailsType) => UpperWords().Replace(detailsType, "_$1").TrimStart('_').ToUpperInvariant();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex UpperWords();
}
