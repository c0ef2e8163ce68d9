using GraphQL.Types;
using PartyOrg.Api.Schema;

namespace PartyOrg.Api.Transport.Http;

/// <summary>The printed schema served by <c>GET /graphql?sdl</c>, printed once.</summary>
public sealed class SdlDocument(ISchema schema)
{
    private readonly Lazy<string> _text = new(() => SchemaText.Print(schema));

    public async Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = $"{MediaTypes.PlainText}; charset=utf-8";
        await response.WriteAsync(_text.Value, cancellationToken);
    }
}
