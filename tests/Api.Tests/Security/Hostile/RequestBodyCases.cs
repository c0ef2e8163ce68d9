using System.Net;
using System.Text;
using PartyOrg.Api.Tests.Support;
using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Bodies that are too large (GraphQL:MaxRequestBytes 1 MiB → 413 REQUEST_TOO_LARGE, announced or not), not UTF-8,
/// not JSON (INVALID_JSON), JSON of the wrong shape (INVALID_REQUEST), or sent with the wrong media types.
/// </summary>
public static class RequestBodyCases
{
    private const string InvalidJson = "INVALID_JSON";
    private const string InvalidRequest = "INVALID_REQUEST";

    private static readonly string Oversized = "{\"query\":\"{ region { code } }\",\"variables\":{\"pad\":\"" + new string('x', 1024 * 1024) + "\"}}";

    private static byte[] Utf8With(string before, byte[] bad, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. bad, .. Encoding.UTF8.GetBytes(after)];

    private static HttpRequestMessage Chunked(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLHttp.Path) { Content = new UnannouncedContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = new("application/json");
        return request;
    }

    public static CaseList Body { get; } = new CaseList("request-body")
        .Refused("1 MiB + padding with Content-Length", _ => Json(Oversized), 413, "REQUEST_TOO_LARGE",
            answer => Assert.Equal("The request body is larger than the limit of 1048576 bytes.", answer.Message))
        .Refused("1 MiB + padding, chunked without Content-Length", _ => Chunked(Oversized), 413, "REQUEST_TOO_LARGE")
        .Refused("8 MiB of spaces", _ => Chunked(new string(' ', 8 * 1024 * 1024)), 413, "REQUEST_TOO_LARGE")
        .Refused("invalid UTF-8 inside the query", _ => Bytes(Utf8With("{\"query\":\"{ region { name", [0xFF, 0xFE], " } }\"}")),
            400, InvalidJson, answer => Assert.Equal("The request body is not valid JSON: it is not UTF-8 text.", answer.Message))
        .Refused("invalid UTF-8 in a member the server ignores", _ => Bytes(Utf8With("{\"query\":\"{ region { code } }\",\"x\":\"", [0xC3, 0x28], "\"}")),
            400, InvalidJson)
        .Refused("overlong UTF-8 encoding of '/'", _ => Bytes(Utf8With("{\"query\":\"{ division(code: \\\"", [0xC0, 0xAF], "\\\") { code } }\"}")),
            400, InvalidJson)
        .Refused("UTF-16 body with a byte order mark", _ => Bytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{\"query\":\"{ region { code } }\"}")]),
            400, InvalidJson)
        .Refused("truncated JSON", _ => Json("{\"query\":\"{ region { code } }\""), 400, InvalidJson)
        .Refused("trailing comma", _ => Json("{\"query\":\"{ region { code } }\",}"), 400, InvalidJson)
        .Refused("empty body", _ => Json(""), 400, InvalidJson)
        .Refused("single-quoted JSON", _ => Json("{'query':'{ region { code } }'}"), 400, InvalidJson)
        .Refused("variables nested 100 deep", _ => Json(
                "{\"query\":\"query($w: BannerFilterInput) { banners(where: $w) { totalCount } }\",\"variables\":{\"w\":" +
                Nested("{\"or\":[", "{}", "]}", 100) + "}}"),
            400, InvalidJson)
        .Refused("NUL character in the query", _ => Json("{\"query\":\"{ region { code } }\\u0000\"}"), 400, "SYNTAX_ERROR")
        .Refused("lone surrogate escape in the query", _ => Json("{\"query\":\"{ region { code } } \\udc00\"}"), 400, InvalidRequest)
        .Refused("text/plain content type", _ => Json("{\"query\":\"{ region { code } }\"}", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE")
        .Refused("JSON in a charset other than UTF-8", _ => Json("{\"query\":\"{ region { code } }\"}", "application/json; charset=iso-8859-1"),
            415, "UNSUPPORTED_MEDIA_TYPE")
        .Refused("Accept that allows no JSON", _ => Query("{ region { code } }").WithHeader("Accept", "text/html"), 406, "NOT_ACCEPTABLE");

    public static CaseList Shape { get; } = new CaseList("request-shape")
        .Refused("query as a number", _ => Json("{\"query\":12}"), 400, InvalidRequest)
        .Refused("variables as an array", _ => Json("{\"query\":\"{ region { code } }\",\"variables\":[1,2]}"), 400, InvalidRequest)
        .Refused("variables as a string", _ => Json("{\"query\":\"{ region { code } }\",\"variables\":\"{}\"}"), 400, InvalidRequest)
        .Refused("a batch array", _ => Json("[{\"query\":\"{ region { code } }\"}]"), 400, InvalidRequest)
        .Refused("a bare string", _ => Json("\"{ region { code } }\""), 400, InvalidRequest)
        .Refused("JSON null", _ => Json("null"), 400, InvalidRequest)
        .Refused("operationName as a number", _ => Json("{\"query\":\"{ region { code } }\",\"operationName\":5}"), 400, InvalidRequest)
        .Refused("extensions as a string", _ => Json("{\"query\":\"{ region { code } }\",\"extensions\":\"x\"}"), 400, InvalidRequest)
        .Refused("query null", _ => Json("{\"query\":null}"), 400, "MISSING_QUERY")
        .Refused("no query at all", _ => Json("{\"variables\":{}}"), 400, "MISSING_QUERY")
        .Refused("a document of only a comment", _ => Json("{\"query\":\"# nothing here\"}"), 400, "NO_OPERATION")
        .Refused("an operation name not in the document", _ => Query("{ region { code } }", operationName: "Nope"), 400, "INVALID_OPERATION_NAME")
        .Refused("two operations and no name", _ => Query("query A { region { code } } query B { region { name } }"), 400, "NO_OPERATION_NAME");

    /// <summary>A body whose length is not announced, so it arrives chunked and is measured while it is read.</summary>
    private sealed class UnannouncedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
