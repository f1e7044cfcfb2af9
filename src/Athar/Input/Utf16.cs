using System.Text;

namespace Athar.Input;

/// <summary>
/// UTF-16 text (Windows tools save «Unicode» text so): known by its byte order mark, or without one by the zero
/// byte that every ASCII character (spaces, digits, line breaks) carries on the same side of each pair.
/// </summary>
internal static class Utf16
{
    public static Encoding? Detect(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode;
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode;
        var pairs = Math.Min(bytes.Length, 8192) / 2;
        if (pairs < 8 || bytes.Length % 2 != 0)
            return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        // Arabic letters are 0x06xx: no zero byte; a real UTF-16 text still has spaces every few words.
        if (oddZeros >= pairs / 20 && evenZeros == 0)
            return Encoding.Unicode;
        if (evenZeros >= pairs / 20 && oddZeros == 0)
            return Encoding.BigEndianUnicode;
        return null;
    }

    public static string Decode(byte[] bytes, Encoding encoding, string name)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            var text = strict.GetString(bytes).TrimStart('\uFEFF');
            if (text.Contains('\0', StringComparison.Ordinal))
                throw new UserInputException($"{name} looks binary (NUL characters in its UTF-16 text): Athar reads UTF-8 or UTF-16 text, or HTML");
            return text;
        }
        catch (DecoderFallbackException)
        {
            throw new UserInputException($"{name} looks like UTF-16 text but is not valid UTF-16 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)");
        }
    }
}
