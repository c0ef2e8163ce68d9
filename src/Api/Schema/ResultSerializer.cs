using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace PartyOrg.Api.Schema;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer with the API's settings, its options visible so the HTTP transport can
/// write a result straight into the response pipe. Chinese names go out as UTF-8 text rather than \u escapes;
/// HTML-sensitive characters stay escaped.
/// </summary>
public sealed class ResultSerializer(IErrorInfoProvider errorInfoProvider) : GraphQLSerializer(json => json.Encoder = Utf8Text, errorInfoProvider)
{
    private static JavaScriptEncoder Utf8Text { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The options every result is written with (the GraphQL converters included).</summary>
    public JsonSerializerOptions Options => SerializerOptions;
}
