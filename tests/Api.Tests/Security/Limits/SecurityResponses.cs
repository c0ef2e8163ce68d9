using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>Reading the answers of the security tests: served, or refused with a code and the extension values.</summary>
internal static class SecurityResponses
{
    /// <summary>The <c>extensions</c> of the first error.</summary>
    public static JsonElement FirstErrorExtensions(this JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions");

    /// <summary>Asserts the request ran without any error and returns its <c>data</c>.</summary>
    public static JsonElement Served(this JsonElement body)
    {
        Assert.False(body.TryGetProperty("errors", out var errors), $"Expected no errors, got {errors}");
        var data = body.GetProperty("data");
        Assert.Equal(JsonValueKind.Object, data.ValueKind);
        return data;
    }

    /// <summary>Asserts the request was refused before it ran (one error, no <c>data</c>) and returns the error's extensions.</summary>
    public static JsonElement Refused(this JsonElement body, string code)
    {
        Assert.False(body.TryGetProperty("data", out var data), $"Expected no data, got {data}");
        Assert.Equal(1, body.GetProperty("errors").GetArrayLength());
        Assert.Equal(code, body.FirstErrorCode());
        return body.FirstErrorExtensions();
    }

    public static double Number(this JsonElement extensions, string name) => extensions.GetProperty(name).GetDouble();

    public static string? Text(this JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            element = element.GetProperty(name);
        }

        return element.GetString();
    }

    /// <summary>Sends a request with this exact <c>Authorization</c> header value (unchecked by the client).</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SendWithAuthorizationAsync(this ApiFactory api, string? authorization, string query)
    {
        using var client = api.CreateClient((string?)null);
        using var request = GraphQLHttp.PostQuery(query);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.SendAsync(request);
        return (response, await response.ReadJsonAsync());
    }
}
