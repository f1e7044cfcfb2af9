using System.Globalization;

namespace Athar.Input;

/// <summary>Size limits for hostile input.</summary>
public sealed record InputLimits(long MaxBytes)
{
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    public static InputLimits Default { get; } = new(DefaultMaxBytes);

    /// <summary>Parses "10MB", "512KB", "2GB" or a plain byte count.</summary>
    public static long ParseSize(string text)
    {
        var s = text.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L) })
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = factor;
                s = s[..^suffix.Length].Trim();
                break;
            }
        }
        if (!double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) || n <= 0 || n * unit > long.MaxValue / 2)
            throw new UserInputException($"invalid size '{text}': use a positive number with an optional KB, MB or GB suffix");
        return (long)(n * unit);
    }
}
