using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Browser.Tests.Support;

/// <summary>
/// The API on a real loopback port (Kestrel), so Chromium can load its pages and open its sockets, on its own
/// copy of the demo database. Production by default: what a user of the service gets.
/// </summary>
public class BrowserHost : ApiFactory
{
    public BrowserHost()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Origin = addresses.Single().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    /// <summary>scheme://host:port of the API, e.g. http://127.0.0.1:40123.</summary>
    public string Origin { get; }

    /// <summary>POSTs a GraphQL request to the running server with this key (null: anonymous) and returns the whole response body.</summary>
    public async Task<JsonElement> GraphQLAsync(string? key, string query, object? variables = null)
    {
        using var client = new HttpClient { BaseAddress = new Uri(Origin) };
        client.DefaultRequestHeaders.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query, variables })));
        return await response.ReadJsonAsync(CancellationToken.None);
    }

    /// <summary>How many change-log readers (one per subscription the server has started) are open on the server.</summary>
    public int Readers => Services.GetRequiredService<ChangeFeed>().SubscriberCount;

    /// <summary>
    /// Waits until the server has started at least <paramref name="count"/> readers. A subscribe frame leaving the page
    /// does not mean the server has fixed the subscription's starting position yet; a reader does.
    /// </summary>
    public async Task WaitForReadersAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Readers < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The server started {Readers} change-log readers within 15 s; {count} were expected.");
            }

            await Task.Delay(20);
        }
    }

    protected override string EnvironmentName => "Production";

    protected override Role? ClientRole => null;
}
