using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
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

    protected override string EnvironmentName => "Production";

    protected override Role? ClientRole => null;
}
