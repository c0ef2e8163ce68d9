using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PartyOrg.Api.Security;

/// <summary>
/// Short-lived tokens that let a client open a stream with <c>GET</c> (the browser's <c>EventSource</c> sends no headers)
/// without its API key in a URL, where proxies and logs would keep it. A token names its key and expiry and is signed
/// with a secret only the server holds for that key (derived from the key's pseudonym secret), so every instance can
/// check it, and revoking the key voids its tokens. It reads <c>pst_{keyId}.{expiry as Unix seconds}.{signature}</c>.
/// </summary>
public static class StreamTokens
{
    public const string Prefix = "pst_";
    private const int MaxLength = 200;
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("party-org stream token v1");

    public sealed record Token(string KeyId, DateTimeOffset ExpiresAt, string Signed, byte[] Signature);

    public static string Issue(string keyId, byte[] keySecret, DateTimeOffset expiresAt)
    {
        var signed = $"{keyId}.{expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        return $"{Prefix}{signed}.{Base64Url(Sign(keySecret, signed))}";
    }

    public static Token? Parse(string text)
    {
        if (text.Length > MaxLength || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = text[Prefix.Length..].Split('.');
        if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253_402_300_799)
        {
            return null;
        }

        try
        {
            var signature = Convert.FromBase64String(parts[2].Replace('-', '+').Replace('_', '/') + new string('=', (4 - (parts[2].Length % 4)) % 4));
            return new Token(parts[0], DateTimeOffset.FromUnixTimeSeconds(seconds), $"{parts[0]}.{parts[1]}", signature);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static bool IsSignedBy(Token token, byte[] keySecret) =>
        CryptographicOperations.FixedTimeEquals(token.Signature, Sign(keySecret, token.Signed));

    private static byte[] Sign(byte[] keySecret, string signed) =>
        HMACSHA256.HashData(HMACSHA256.HashData(keySecret, Purpose), Encoding.UTF8.GetBytes(signed));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
