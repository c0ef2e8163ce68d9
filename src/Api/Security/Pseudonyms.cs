using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PartyOrg.Api.Security;

/// <summary>
/// A person as a partner sees them: <c>Member-3F9A2C1B7E</c>, an HMAC of the person keyed by a secret the key
/// holds on the server (<see cref="Domain.Security.ApiKey.PseudonymSalt"/>). The same person reads the same for one
/// key across requests and restarts; two keys cannot match theirs, and no partner can recompute one from a name.
/// </summary>
public static class Pseudonyms
{
    public static string Of(Caller caller, Pseudonym pseudonym, object source)
    {
        var identity = Convert.ToString(pseudonym.Identity(source), CultureInfo.InvariantCulture);
        var salt = caller.PseudonymSalt ?? Encoding.UTF8.GetBytes(caller.KeyId ?? "anonymous");
        var mac = HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes($"{pseudonym.Kind}:{identity}"));
        return $"{pseudonym.Kind}-{Convert.ToHexString(mac, 0, 5)}";
    }
}
