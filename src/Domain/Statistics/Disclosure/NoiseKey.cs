using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PartyOrg.Domain.Statistics.Disclosure;

/// <summary>
/// The noise of one release: every (node, figure) gets its own uniforms from an HMAC keyed by the release's
/// key, so the same release always yields the same values, and nobody without the key can predict or
/// subtract them. A new release draws fresh noise, so a difference between releases is noise too.
/// </summary>
public sealed class NoiseKey
{
    private readonly byte[] _key;

    private NoiseKey(byte[] key) => _key = key;

    /// <summary>The key of release <paramref name="release"/> derived from the server's secret: the same on every instance.</summary>
    public static NoiseKey Derive(string secret, int release) =>
        new(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"party-statistics-release:{release}")));

    /// <summary>Without a configured secret: a random key, used once and never stored (the release stores its values).</summary>
    public static NoiseKey Random() => new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The noise of one figure of one node.</summary>
    public int Noise(string node, string figure, double epsilon)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{node}|{figure}"));
        return TwoSidedGeometric.Sample(epsilon, Uniform(mac.AsSpan(0, 8)), Uniform(mac.AsSpan(8, 8)));
    }

    /// <summary>53 random bits as a double in (0, 1].</summary>
    private static double Uniform(ReadOnlySpan<byte> bytes) => ((BinaryPrimitives.ReadUInt64LittleEndian(bytes) >> 11) + 1) / (double)(1UL << 53);
}
