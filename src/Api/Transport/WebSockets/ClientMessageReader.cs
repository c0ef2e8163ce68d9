using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>Reads one client message, or says in a 4400 close reason what is wrong with it.</summary>
public sealed class ClientMessageReader(IGraphQLSerializer serializer)
{
    public (ClientMessage? Message, CloseReason? Refusal) Read(ReadOnlyMemory<byte> utf8)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            // The JSON reader checks the encoding of only the strings it reads; invalid bytes elsewhere would pass.
            return Refuse("Invalid message: not JSON (the text is not UTF-8)");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            return Refuse($"Invalid message: not JSON ({e.Message})");
        }

        using (document)
        {
            try
            {
                return (Read(document.RootElement), null);
            }
            catch (InvalidMessageException e)
            {
                return Refuse(e.Message);
            }
            catch (InvalidOperationException)
            {
                // JsonElement.GetString cannot read an escaped unpaired surrogate such as "\udc00".
                return Refuse("Invalid message: not JSON (a string is not valid Unicode)");
            }
        }
    }

    private ClientMessage Read(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMessageException("Invalid message: expected a JSON object with a string 'type'");
        }

        var type = message.TryGetProperty("type", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidMessageException("Invalid message: 'type' must be a string");
        return type switch
        {
            GraphQLTransportWs.ConnectionInit or GraphQLTransportWs.Ping or GraphQLTransportWs.Pong =>
                new ClientMessage(type, Payload: OptionalObject(message, "payload", $"'payload' of {type}")?.Clone()),
            GraphQLTransportWs.Subscribe => new ClientMessage(type, Id: RequiredId(message, type), Request: ReadRequest(message)),
            GraphQLTransportWs.Complete => new ClientMessage(type, Id: RequiredId(message, type)),
            GraphQLTransportWs.ConnectionAck or GraphQLTransportWs.Next or GraphQLTransportWs.Error =>
                throw new InvalidMessageException($"Invalid message: '{type}' is sent by the server, not by clients"),
            _ => throw new InvalidMessageException($"Invalid message: unknown type '{type}'"),
        };
    }

    private GraphQLRequest ReadRequest(JsonElement message)
    {
        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMessageException("Invalid message: subscribe needs an object 'payload' with a string 'query' or 'documentId'");
        }

        // A trusted document may stand in for the text: by its 'documentId' (or extensions.persistedQuery).
        var documentId = OptionalString(payload, "documentId");
        var query = payload.TryGetProperty("query", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()!
            : documentId is not null && (!payload.TryGetProperty("query", out var absent) || absent.ValueKind == JsonValueKind.Null) ? null
            : throw new InvalidMessageException("Invalid message: 'payload.query' must be a string");
        return new GraphQLRequest
        {
            Query = query,
            DocumentId = documentId,
            OperationName = OptionalString(payload, "operationName"),
            Variables = ReadInputs(OptionalObject(payload, "variables", "'payload.variables'")),
            Extensions = ReadInputs(OptionalObject(payload, "extensions", "'payload.extensions'")),
        };
    }

    private Inputs? ReadInputs(JsonElement? value)
    {
        try
        {
            return value is null ? null : serializer.ReadNode<Inputs>(value.Value);
        }
        catch (JsonException e)
        {
            throw new InvalidMessageException($"Invalid message: unreadable 'payload.variables' or 'payload.extensions' ({e.Message})");
        }
    }

    private static string RequiredId(JsonElement message, string type) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidMessageException($"Invalid message: {type} needs a non-empty string 'id'");

    private static string? OptionalString(JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new InvalidMessageException($"Invalid message: 'payload.{name}' must be a string or null");

    private static JsonElement? OptionalObject(JsonElement parent, string name, string what) =>
        !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? value
        : throw new InvalidMessageException($"Invalid message: {what} must be an object or null");

    private static (ClientMessage?, CloseReason?) Refuse(string description) => (null, CloseReason.BadRequest(description));

    /// <summary>Only ever thrown and caught inside the reader, to leave the nested checks early.</summary>
    private sealed class InvalidMessageException(string message) : Exception(message);
}
