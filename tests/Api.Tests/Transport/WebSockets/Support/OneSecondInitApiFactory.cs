using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Transport.WebSockets.Support;

/// <summary>The API with a 1 s <c>connection_init</c> timeout.</summary>
public sealed class OneSecondInitApiFactory : ApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new($"{GraphQLWebSocketOptions.Section}:{nameof(GraphQLWebSocketOptions.ConnectionInitTimeoutSeconds)}", "1")];
}
