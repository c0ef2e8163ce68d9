namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// The hostile-input corpus: one hostile request per case against the API with production limits (rate limits off),
/// each answered with its specific code, after which the service still answers a normal query.
/// <code>
/// family             cases  what is sent                                         expected
/// depth                 10  nesting over MaxDepth 20, via fragments/inline       MAX_EXECUTION_DEPTH_EXCEEDED (parser: MAX_DEPTH_EXCEEDED)
/// aliases                6  over MaxAliases 40, via fragments                    MAX_ALIASES_EXCEEDED
/// root-fields            6  over MaxRootFields 20, via fragments                 MAX_ROOT_FIELDS_EXCEEDED
/// fragment-bombs         6  fragments spreading fragments                        MAX_FIELDS_EXCEEDED
/// fragment-cycles        6  direct, indirect, through inline fragments           NO_FRAGMENT_CYCLES
/// cost                   6  nested connections with large first                  HC0047 fieldCost / typeCost
/// huge-lists             9  nodes(ids:) over 50, list arguments up to 100 000    HC0076, INVALID_FILTER, or served
/// huge-strings          13  900 KB strings in filters, codes, IDs, cursors       served with what they match, or coded
/// request-body          17  over 1 MiB, not UTF-8, not JSON, wrong media types   413, INVALID_JSON, 415, 406
/// request-shape         13  JSON of the wrong shape                              INVALID_REQUEST, MISSING_QUERY
/// variables             11  wrong types, null for non-null, undeclared           INVALID_VALUE and validation codes
/// integer-overflow       7  Int overflow as literal and as variable              ARGUMENTS_OF_CORRECT_TYPE, INVALID_VALUE
/// paging                10  negative, first with last, over 50                   HC0079, INVALID_PAGING_ARGUMENTS, HC0051
/// cursors               11  forged, foreign, deep, over-long cursors             HC0078
/// node-ids              15  forged global IDs                                    INVALID_NODE_ID, or not found
/// filter-injection      19  %, _, GLOB, quotes, SQL in filter values             literal matches only; members unchanged
/// schema-probing        16  unknown names, mutation over GET, subscription/HTTP  validation codes, 405, SUBSCRIPTION_NEEDS_WEBSOCKET
/// introspection          8  __schema/__type/?sdl without an admin key            HC0046 (sdl: 403)
/// authorization         13  bad Authorization headers                            401 AUTH_NOT_AUTHENTICATED
/// websocket             22  bad frames, protocol misuse, refused keys, bombs     4400/4401/4403/4409/4429/1009, error codes
/// validation-bombs       6  directives, variables, fragments, arguments en masse MAX_DOCUMENT_NODES_EXCEEDED
/// public-service        12  intake text/codes, forged IDs, bad dates, no key     typed payload errors, INVALID_NODE_ID, AUTH_NOT_AUTHORIZED
/// total                242
/// </code>
/// </summary>
public static class HostileCorpus
{
    /// <summary>The counts of the summary above, checked against the corpus so the summary stays true.</summary>
    public static IReadOnlyDictionary<string, int> Summary { get; } = new Dictionary<string, int>
    {
        ["depth"] = 10,
        ["aliases"] = 6,
        ["root-fields"] = 6,
        ["fragment-bombs"] = 6,
        ["fragment-cycles"] = 6,
        ["cost"] = 6,
        ["huge-lists"] = 9,
        ["huge-strings"] = 13,
        ["request-body"] = 17,
        ["request-shape"] = 13,
        ["variables"] = 11,
        ["integer-overflow"] = 7,
        ["paging"] = 10,
        ["cursors"] = 11,
        ["node-ids"] = 15,
        ["filter-injection"] = 19,
        ["schema-probing"] = 16,
        ["introspection"] = 8,
        ["authorization"] = 13,
        ["websocket"] = 22,
        ["validation-bombs"] = 6,
        ["public-service"] = 12,
    };

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        .. DepthCases.All,
        .. AliasAndRootFieldCases.Aliases,
        .. AliasAndRootFieldCases.RootFields,
        .. FragmentCases.Bombs,
        .. FragmentCases.Cycles,
        .. CostAndListCases.Cost,
        .. CostAndListCases.Lists,
        .. HugeStringCases.All,
        .. RequestBodyCases.Body,
        .. RequestBodyCases.Shape,
        .. ArgumentCases.Variables,
        .. ArgumentCases.Overflow,
        .. ArgumentCases.Paging,
        .. ForgedIdentifierCases.Cursors,
        .. ForgedIdentifierCases.NodeIds,
        .. FilterInjectionCases.All,
        .. SchemaProbingCases.Schema,
        .. SchemaProbingCases.Introspect,
        .. AuthorizationHeaderCases.All,
        .. WebSocketCases.All,
        .. ValidationBombCases.All,
        .. PublicServiceCases.All,
    ];

    public static HostileCase Find(string name) => All.Single(c => c.Name == name);
}
