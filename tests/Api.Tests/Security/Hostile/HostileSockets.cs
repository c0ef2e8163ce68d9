using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>Checks of graphql-transport-ws answers to hostile frames.</summary>
public static class HostileSockets
{
    /// <summary>The server closes the socket with this code (and, when given, a description starting so).</summary>
    public static async Task AssertClosesAsync(this GraphQLSocket client, int code, string? description = null)
    {
        var (actual, reason) = await client.ReceiveCloseAsync();
        Assert.True(actual == code, $"Expected close {code}, got {actual} {reason}");
        if (description is not null)
        {
            Assert.StartsWith(description, reason, StringComparison.Ordinal);
        }
    }

    /// <summary>The next message is the <c>error</c> of <paramref name="id"/> with this code first; returns its errors.</summary>
    public static async Task<JsonElement> AssertErrorAsync(this GraphQLSocket client, string id, string code)
    {
        var message = await client.ReceiveMessageAsync();
        Assert.True(message.Type() == "error" && message.Id() == id, $"Expected the error of {id}, got {message}");
        var errors = message.Payload();
        Assert.Equal(code, errors[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("Exception", errors.ToString(), StringComparison.Ordinal);
        return errors;
    }

    /// <summary>A fresh socket still initialises and serves a query after the hostile one.</summary>
    public static async Task AssertSocketStillServesAsync(HostileApiFactory api)
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();
        await client.SubscribeAsync("check", "{ region { code name } }");
        var next = await client.ReceiveMessageAsync();
        Assert.True(next.Type() == "next", $"Expected next, got {next}");
        var region = next.Payload().GetProperty("data").GetProperty("region");
        Assert.Equal("150000", region.GetProperty("code").GetString());
        Assert.Equal("内蒙古自治区", region.GetProperty("name").GetString());
        Assert.Equal("complete", (await client.ReceiveMessageAsync()).Type());
    }
}
