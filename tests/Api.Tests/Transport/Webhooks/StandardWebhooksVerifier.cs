using System.Security.Cryptography;
using System.Text;

namespace PartyOrg.Api.Tests.Transport.Webhooks;

/// <summary>
/// The receiver's side of the Standard Webhooks specification, written from the specification and not from the
/// service's signer: strip <c>whsec_</c>, base64-decode the key, HMAC-SHA256 over <c>msg_id.timestamp.payload</c>,
/// and accept when any space-separated <c>v1,</c> signature matches in constant time and the timestamp is within 5 minutes.
/// </summary>
public static class StandardWebhooksVerifier
{
    public static bool Verify(string secret, string id, string timestamp, string signatureHeader, string payload, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300)
        {
            return false;
        }

        var key = Convert.FromBase64String(secret.Split('_', 2)[1]);
        using var hmac = new HMACSHA256(key);
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(id + "." + timestamp + "." + payload));
        foreach (var candidate in signatureHeader.Split(' '))
        {
            var parts = candidate.Split(',', 2);
            if (parts.Length == 2 && parts[0] == "v1" && CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(parts[1]), expected))
            {
                return true;
            }
        }

        return false;
    }
}
