using System.Text;
using System.Text.RegularExpressions;

namespace Athar.Feeds;

/// <summary>
/// Bytes of a feed or page as text: the charset of the Content-Type header, else of the XML declaration or
/// HTML meta tag, else UTF-8 (a byte-order mark wins over all). UTF-8 is decoded strictly; legacy Arabic
/// code pages (windows-1256, ISO-8859-6) are decoded and said so; an unknown charset is an error.
/// </summary>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, and a note when it was not UTF-8.</summary>
    public static (string Text, string? Note) Decode(byte[] bytes, string? headerCharset)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return (Strict(Encoding.UTF8, bytes, 3, "UTF-8"), null);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            return (Strict(bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode, bytes, 2, "UTF-16"), "decoded from UTF-16");
        var charset = Clean(headerCharset) ?? Declared(bytes);
        if (charset is null or "utf-8" or "utf8" or "us-ascii" or "ascii")
            return (Strict(new UTF8Encoding(false, true), bytes, 0, "UTF-8"), null);
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(charset, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            throw new FormatException($"unknown charset '{charset}'");
        }
        return (Strict(encoding, bytes, 0, charset), $"decoded from {charset}");
    }

    private static string Strict(Encoding encoding, byte[] bytes, int offset, string name)
    {
        try
        {
            var strict = encoding is UTF8Encoding ? new UTF8Encoding(false, true) : encoding;
            var text = strict.GetString(bytes, offset, bytes.Length - offset);
            return text.Contains('\0', StringComparison.Ordinal) ? throw new FormatException("binary data (NUL characters), not text") : text;
        }
        catch (DecoderFallbackException)
        {
            throw new FormatException($"not valid {name} text");
        }
    }

    private static string? Declared(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        var match = DeclarationPattern().Match(head);
        return match.Success ? Clean(match.Groups[1].Value) : null;
    }

    private static string? Clean(string? charset) =>
        string.IsNullOrWhiteSpace(charset) ? null : charset.Trim().Trim('"', '\'').ToLowerInvariant();

    [GeneratedRegex(@"(?:encoding|charset)\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclarationPattern();
}
