using GraphQL;
using GraphQL.Transport;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>The messages the server sends, in GraphQL.NET's <see cref="OperationMessage"/> shape for its serializer.</summary>
public static class Messages
{
    public static OperationMessage ConnectionAck(object? payload) => new() { Type = GraphQLTransportWs.ConnectionAck, Payload = payload };

    public static OperationMessage Pong(object? payload) => new() { Type = GraphQLTransportWs.Pong, Payload = payload };

    public static OperationMessage Next(string id, ExecutionResult result) => new() { Id = id, Type = GraphQLTransportWs.Next, Payload = result };

    /// <summary>The payload of <c>error</c> is the array of GraphQL errors itself.</summary>
    public static OperationMessage Error(string id, IEnumerable<ExecutionError> errors) =>
        new() { Id = id, Type = GraphQLTransportWs.Error, Payload = errors.ToArray() };

    public static OperationMessage Complete(string id) => new() { Id = id, Type = GraphQLTransportWs.Complete };
}
