using System.Net;
using System.Net.Sockets;

namespace PartyOrg.Api.Security.Webhooks;

/// <summary>Resolves a host name; tests replace it to map names to addresses without asking DNS.</summary>
public class WebhookHostResolver
{
    public virtual Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}

/// <summary>
/// Where a webhook may point: an absolute http(s) URL without credentials, https where required, and a host whose every
/// address is public. Checked when a webhook is registered and again on every connection, against the addresses the
/// connection will use, so a name that later resolves to an inside address (DNS rebinding) is refused before connecting.
/// </summary>
public sealed class WebhookTargets(WebhookOptions options, WebhookHostResolver resolver, IHostEnvironment? environment = null)
{
    /// <summary>Why the URL may not be a webhook's, or null when it may.</summary>
    public async Task<string?> RefusalAsync(string url, CancellationToken cancellationToken)
    {
        if (url.Length > 2000 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "The url must be an absolute http or https URL of at most 2000 characters.";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && options.HttpsRequired(environment))
        {
            return "The url must use https.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "The url may not carry a user name or password.";
        }

        try
        {
            return Refusal(uri.IdnHost, await AddressesAsync(uri.IdnHost, cancellationToken));
        }
        catch (SocketException)
        {
            return $"The host '{uri.IdnHost}' does not resolve.";
        }
    }

    /// <summary>The addresses to connect to for <paramref name="host"/>, or an exception naming the refused one; nothing has been connected.</summary>
    public async Task<IPAddress[]> AllowedAddressesAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = await AddressesAsync(host, cancellationToken);
        return Refusal(host, addresses) is { } refusal ? throw new WebhookTargetRefusedException(refusal) : addresses;
    }

    /// <summary>Loopback, private, shared, link-local (cloud metadata included), unspecified, multicast and broadcast addresses.</summary>
    public static bool IsInside(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (bytes[0] & 0xFE) == 0xFC;
        }

        var b = address.GetAddressBytes();
        return b[0] is 0 or 10 or 127 || b[0] >= 224 || (b[0] == 169 && b[1] == 254) || (b[0] == 172 && b[1] is >= 16 and <= 31) ||
            (b[0] == 192 && b[1] == 168) || (b[0] == 100 && b[1] is >= 64 and <= 127) || (b[0] == 192 && b[1] == 0 && b[2] == 0);
    }

    private async Task<IPAddress[]> AddressesAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await resolver.ResolveAsync(host, cancellationToken);

    private string? Refusal(string host, IPAddress[] addresses)
    {
        if (addresses.Length == 0)
        {
            return $"The host '{host}' does not resolve.";
        }

        return options.AllowPrivateTargets || addresses.FirstOrDefault(IsInside) is not { } inside
            ? null
            : $"The host '{host}' resolves to {inside}, a loopback, private, link-local or metadata address: webhooks go to public addresses only.";
    }
}

public sealed class WebhookTargetRefusedException(string message) : Exception(message);
