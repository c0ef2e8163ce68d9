using GraphQL;
using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Streams;

/// <summary><c>createStreamToken</c>: what a browser's <c>EventSource</c> sends instead of its API key.</summary>
public sealed class StreamTokenMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateStreamTokenPayloadGraphType>>("createStreamToken")
            .Description("A short-lived token that opens streams with `GET /graphql?query=…&streamToken=…` and `Accept: text/event-stream` (the browser's EventSource cannot send an Authorization header), so the API key never appears in a URL. It acts as the key that asked for it, lives Security:StreamTokenSeconds (600 s by default) or less, and dies with the key. A stream it opened stays open after it expires.")
            .Requires(Role.Dashboard)
            .Argument<NonNullGraphType<CreateStreamTokenInputGraphType>>("input", "The createStreamToken input.")
            .Resolve(c =>
            {
                var caller = Caller.From(c);
                var security = c.RequestServices!.GetRequiredService<SecurityOptions>();
                var clock = c.RequestServices!.GetRequiredService<TimeProvider>();
                var input = c.GetArgument<CreateStreamTokenInput>("input");
                var seconds = input.LifetimeSeconds ?? security.StreamTokenSeconds;
                if (seconds < 1 || seconds > security.StreamTokenSeconds)
                {
                    throw new ExecutionError($"lifetimeSeconds must be from 1 to {security.StreamTokenSeconds}, got {seconds}.") { Code = "INVALID_LIFETIME" };
                }

                var expiresAt = clock.GetUtcNow().AddSeconds(seconds);
                var token = StreamTokens.Issue(caller.KeyId!, caller.PseudonymSalt!, expiresAt);
                return new CreateStreamTokenPayload(token, expiresAt);
            });
    }
}

public sealed record CreateStreamTokenInput(int? LifetimeSeconds);

public sealed record CreateStreamTokenPayload(string Token, DateTimeOffset ExpiresAt);

public sealed class CreateStreamTokenInputGraphType : InputObjectGraphType<CreateStreamTokenInput>
{
    public CreateStreamTokenInputGraphType()
    {
        Name = "CreateStreamTokenInput";
        Description = "How long the stream token should live.";
        Field(i => i.LifetimeSeconds, nullable: true).Description("Seconds from now; at most (and by default) Security:StreamTokenSeconds.");
    }
}

public sealed class CreateStreamTokenPayloadGraphType : ObjectGraphType<CreateStreamTokenPayload>
{
    public CreateStreamTokenPayloadGraphType()
    {
        Name = "CreateStreamTokenPayload";
        Description = "The answer to createStreamToken.";
        this.Requires(Role.Dashboard);
        Field(p => p.Token).Description("The token: pass it as the `streamToken` query parameter of a GET that asks for text/event-stream.");
        Field<NonNullGraphType<DateTimeGraphType>>("expiresAt").Description("When the token stops opening streams (UTC).").Resolve(c => c.Source.ExpiresAt.UtcDateTime);
    }
}
