using System.Net;
using System.Net.Sockets;

namespace PartyOrg.Api.Tests.Support;

/// <summary>Ports for the servers the tests start (API processes, Redis): never a fixed one, so parallel runs do not meet.</summary>
public static class LoopbackPort
{
    /// <summary>A loopback port nothing listened on a moment ago.</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
