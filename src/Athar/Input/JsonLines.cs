using System.Text;

namespace Athar.Input;

/// <summary>
/// The lines of a JSONL stream, one at a time: a line that is too long or not UTF-8 becomes an error for that
/// line alone, and reading goes on with the next (a batch never dies of one bad line, nor reads one whole).
/// </summary>
public static class JsonLines
{
    public static IEnumerable<(int Number, string? Line, string? Error)> Read(Stream stream, InputLimits limits)
    {
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var buffer = new MemoryStream();
        var tooLong = false;
        for (var number = 1; ; number++)
        {
            int b;
            while ((b = stream.ReadByte()) >= 0 && b != '\n')
            {
                if (buffer.Length > limits.MaxBytes)
                    tooLong = true;
                else
                    buffer.WriteByte((byte)b);
            }
            if (b < 0 && buffer.Length == 0 && !tooLong)
                yield break;
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            if (number == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                bytes = bytes[3..];
            if (tooLong)
                yield return (number, null, $"line {number} is over the {limits.MaxBytes:N0}-byte limit (raise it with --max-size)");
            else
                yield return Decode(utf8, bytes, number);
            buffer.SetLength(0);
            tooLong = false;
            if (b < 0)
                yield break;
        }
    }

    private static (int, string?, string?) Decode(UTF8Encoding utf8, ReadOnlySpan<byte> bytes, int number)
    {
        try
        {
            return (number, utf8.GetString(bytes).TrimEnd('\r'), null);
        }
        catch (DecoderFallbackException)
        {
            return (number, null, $"line {number} is not valid UTF-8 text");
        }
    }
}
