using Athar.Text;

namespace Athar.Corpus;

/// <summary>
/// Syndicated copies (an agency story republished with another headline or a line added) found by MinHash
/// over three-word shingles of the matching form: the share of equal signature values estimates the Jaccard
/// similarity of the shingle sets. Candidates are found by locality-sensitive hashing: the signature is cut
/// into bands, and two articles sharing any band are compared (21 bands of 3 values: a pair at Jaccard 0.5
/// becomes a candidate with probability 0.94, at 0.6 with 0.99, at 0.1 with 0.02).
/// </summary>
public static class NearDuplicates
{
    public const int SignatureLength = 64;
    public const int RowsPerBand = 3;
    public const int Bands = SignatureLength / RowsPerBand;
    public const int ShingleWords = 3;

    /// <summary>Estimated Jaccard similarity from which two articles count as one story syndicated.</summary>
    public const double Threshold = 0.5;

    /// <summary>Below this many shingles an article is too short to tell a copy from a coincidence.</summary>
    public const int MinShingles = 8;

    /// <summary>The MinHash signature of a text, or null when it is too short to compare.</summary>
    public static uint[]? Signature(string text) => Signature(Tokenizer.Tokenize(text));

    /// <summary>The signature from tokens already made (an analysed document's token layer).</summary>
    public static uint[]? Signature(IReadOnlyList<Token> tokens)
    {
        var words = tokens.Where(t => t.Kind != TokenKind.Punct).Select(t => t.Form).ToList();
        var shingles = new HashSet<ulong>();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
            shingles.Add(Hash(words, i, ShingleWords));
        if (shingles.Count < MinShingles)
            return null;
        var signature = new uint[SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            // Multiply-shift hashing: one multiply and add per value, a universal family over 64-bit keys.
            for (var k = 0; k < SignatureLength; k++)
            {
                var h = (uint)(((Multipliers[k] * shingle) + Increments[k]) >> 32);
                if (h < signature[k])
                    signature[k] = h;
            }
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity of the shingle sets of two signatures.</summary>
    public static double Similarity(IReadOnlyList<uint> a, IReadOnlyList<uint> b)
    {
        var same = 0;
        for (var k = 0; k < SignatureLength; k++)
        {
            if (a[k] == b[k])
                same++;
        }
        return (double)same / SignatureLength;
    }

    /// <summary>One key per band: articles sharing a key are candidates.</summary>
    public static long[] BandKeys(IReadOnlyList<uint> signature)
    {
        var keys = new long[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var h = Mix((ulong)band + 1);
            for (var r = 0; r < RowsPerBand; r++)
                h = Mix(h ^ signature[(band * RowsPerBand) + r]);
            keys[band] = (long)h;
        }
        return keys;
    }

    public static byte[] ToBytes(IReadOnlyList<uint> signature)
    {
        var bytes = new byte[signature.Count * 4];
        for (var k = 0; k < signature.Count; k++)
            BitConverter.TryWriteBytes(bytes.AsSpan(k * 4), signature[k]);
        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        var signature = new uint[bytes.Length / 4];
        for (var k = 0; k < signature.Length; k++)
            signature[k] = BitConverter.ToUInt32(bytes, k * 4);
        return signature;
    }

    // Fixed parameters: signatures are stored, so the hash family must be the same in every process.
    private static readonly ulong[] Multipliers = Enumerable.Range(1, SignatureLength).Select(i => Mix(0x9E3779B97F4A7C15UL * (ulong)i) | 1).ToArray();
    private static readonly ulong[] Increments = Enumerable.Range(1, SignatureLength).Select(i => Mix(0xD1B54A32D192ED03UL * (ulong)i)).ToArray();

    private static ulong Hash(List<string> words, int start, int count)
    {
        var h = 14695981039346656037UL; // FNV-1a: stable across processes, unlike string.GetHashCode
        for (var w = start; w < start + count; w++)
        {
            foreach (var c in words[w])
                h = (h ^ c) * 1099511628211UL;
            h = (h ^ ' ') * 1099511628211UL;
        }
        return h;
    }

    // SplitMix64 finaliser: a cheap, well-mixed 64-bit permutation.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
