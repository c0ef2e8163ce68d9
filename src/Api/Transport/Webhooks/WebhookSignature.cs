using System.Security.Cryptography;
using System.Text;

namespace PartyOrg.Api.Transport.Webhooks;

/// <summary>Standard Webhooks signing: <c>v1,</c> + base64 of HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c>, keyed by the secret's bytes.</summary>
public static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";

    public static string Sign(byte[] secret, string id, long timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));

    public static string Format(byte[] secret) => SecretPrefix + Convert.ToBase64String(secret);
}
