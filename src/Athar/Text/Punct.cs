using System.Collections.Frozen;
using System.Globalization;
using Athar.Text.Lexicons;

namespace Athar.Text;

/// <summary>Classes of punctuation marks (Text/punctuation.tsv); a mark may belong to several.</summary>
[Flags]
public enum Punct
{
    None = 0,
    Comma = 1 << 0,
    Semicolon = 1 << 1,
    Question = 1 << 2,
    Period = 1 << 3,

    /// <summary>May end a sentence.</summary>
    Terminator = 1 << 4,

    /// <summary>Any quotation mark.</summary>
    Quote = 1 << 5,
    DoubleQuote = 1 << 6,
    OpeningQuote = 1 << 7,
    ClosingQuote = 1 << 8,

    /// <summary>The hashtag sign: not a quote, though a name may follow it as it follows a quote.</summary>
    Hash = 1 << 9,
    OpeningBracket = 1 << 10,
    ClosingBracket = 1 << 11,
    Dash = 1 << 12,
    Colon = 1 << 13,
    Slash = 1 << 14,

    /// <summary>Hyphens and apostrophes inside a Latin name («Deir ez-Zor», «Ras al-'Ayn»).</summary>
    NameJoiner = 1 << 15,
}

/// <summary>The one table of punctuation classes (Text/punctuation.tsv, code points written out).</summary>
public static class Punctuation
{
    private static readonly FrozenDictionary<char, Punct> Classes = Load();

    /// <summary>The classes of a character (<see cref="Punct.None"/> for letters, digits and unknown marks).</summary>
    public static Punct Of(char c) => Classes.GetValueOrDefault(c);

    /// <summary>The classes of a one-character punctuation token's text.</summary>
    public static Punct Of(string text) => text.Length == 1 ? Of(text[0]) : Punct.None;

    public static bool Is(char c, Punct classes) => (Of(c) & classes) != 0;

    private static FrozenDictionary<char, Punct> Load()
    {
        var map = new Dictionary<char, Punct>();
        foreach (var row in Lexicon.Rows("Text/punctuation.tsv"))
        {
            if (!row.Key.StartsWith("U+", StringComparison.Ordinal)
                || !int.TryParse(row.Key.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code > char.MaxValue)
                throw row.Error($"'{row.Key}' is not a code point of the form U+002C");
            if (row[1] != ((char)code).ToString())
                throw row.Error($"the character '{row[1]}' is not {row.Key}");
            map[(char)code] = row.Enums<Punct>(3).Aggregate(Punct.None, (all, one) => all | one);
        }
        return map.ToFrozenDictionary();
    }
}
