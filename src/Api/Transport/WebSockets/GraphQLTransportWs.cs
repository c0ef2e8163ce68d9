namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// The names of the <c>graphql-transport-ws</c> subprotocol (PROTOCOL.md of the graphql-ws library):
/// the subprotocol a client asks for and the message types it exchanges.
/// </summary>
public static class GraphQLTransportWs
{
    public const string SubProtocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}
