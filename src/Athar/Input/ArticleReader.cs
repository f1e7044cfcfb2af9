using System.Text;

namespace Athar.Input;

/// <summary>An article as read from the outside world: its text and what is known about it.</summary>
public sealed record Article(string Text, DocumentInfo Info);

/// <summary>
/// Reads articles from files or bytes. Accepts UTF-8 text (with or without BOM), UTF-16 text and HTML pages (main text,
/// title and publication date extracted by SmartReader). Everything else is refused with a clear message.
/// </summary>
public sealed class ArticleReader(InputLimits limits)
{
    public ArticleReader()
        : this(InputLimits.Default)
    {
    }

    public Article ReadFile(string path, DocumentInfo? info = null)
    {
        if (Directory.Exists(path))
            throw new UserInputException($"'{path}' is a directory, not a file");
        if (!File.Exists(path))
            throw new UserInputException($"file not found: {path}");
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            CheckSize(length, path);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot read {path}: {e.Message}");
        }
        var fileInfo = (info ?? new DocumentInfo()) with { Id = info?.Id ?? Path.GetFileNameWithoutExtension(path) };
        return ReadBytes(bytes, path, fileInfo, HtmlArticle.HasHtmlExtension(path));
    }

    public Article ReadStream(Stream stream, string name, DocumentInfo? info = null)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            CheckSize(buffer.Length, name);
        }
        return ReadBytes(buffer.ToArray(), name, info ?? new DocumentInfo(), false);
    }

    public Article ReadBytes(byte[] bytes, string name, DocumentInfo info, bool isHtml)
    {
        CheckSize(bytes.Length, name);
        var text = DecodeUtf8(bytes, name);
        return isHtml || HtmlArticle.LooksLikeHtml(text) ? HtmlArticle.Extract(text, info) : new Article(text, info);
    }

    /// <summary>Text given directly (batch lines, tests): checked for size and control characters like a file.</summary>
    public Article ReadText(string text, string name, DocumentInfo info)
    {
        CheckSize(Encoding.UTF8.GetByteCount(text), name);
        if (text.Contains('\0', StringComparison.Ordinal))
            throw new UserInputException($"{name} contains NUL characters: binary data is not an article");
        return HtmlArticle.LooksLikeHtml(text) ? HtmlArticle.Extract(text, info) : new Article(text, info);
    }

    private void CheckSize(long length, string name)
    {
        if (length > limits.MaxBytes)
            throw new UserInputException($"{name} is {length:N0} bytes, over the {limits.MaxBytes:N0}-byte limit (raise it with --max-size)");
    }

    private static string DecodeUtf8(byte[] bytes, string name)
    {
        if (Utf16.Detect(bytes) is { } utf16)
            return Utf16.Decode(bytes, utf16, name);
        var probe = Math.Min(bytes.Length, 8192);
        if (Array.IndexOf(bytes, (byte)0, 0, probe) >= 0)
            throw new UserInputException($"{name} looks binary (NUL bytes): Athar reads UTF-8 text or HTML");
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, offset, bytes.Length - offset);
            if (text.Contains('\0', StringComparison.Ordinal))
                throw new UserInputException($"{name} looks binary (NUL characters): Athar reads UTF-8 text or HTML");
            return text;
        }
        catch (DecoderFallbackException)
        {
            throw new UserInputException($"{name} is not valid UTF-8 text (convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8)");
        }
    }
}
