using System.Security.Cryptography;
using System.Text;

namespace Athar.Corpus;

/// <summary>
/// The identity of an article's content: SHA-256 of its text in Unicode NFC with runs of white space folded
/// to one space and the ends trimmed. The same article saved twice (or re-wrapped) hashes the same; any
/// change of a letter does not — near-copies are the job of <see cref="NearDuplicates"/>.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var normalised = FoldWhiteSpace(text.Normalize(NormalizationForm.FormC));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    private static string FoldWhiteSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
                sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
