using System.Globalization;
using static Athar.Text.NumberWords;

namespace Athar.Text;

/// <summary>
/// Finds numbers in digits («1,500», «٢٤», «(4)») and in words: cardinals with gender forms and «و» compounds
/// («مئة وخمسين» = 150, «ثلاثة آلاف» = 3000), teens («خمسة عشر»), ordinals up to the thirties
/// («التاسع عشر», «الحادي والثلاثين») and vague quantities («عشرات», «مئات», «بضعة»).
/// </summary>
public sealed class NumberFinder(NumberWords lexicon) : IAnnotator
{
    public NumberFinder()
        : this(NumberWords.Default)
    {
    }

    public const int MaxDigits = 15;

    public string Name => "numbers";

    public IReadOnlyList<Type> Requires => [typeof(Token)];

    public IReadOnlyList<Type> Produces => [typeof(NumberMention)];

    public void Annotate(Document document) => document.SetLayer(Find(document.Text, document.Require<Token>()));

    public List<NumberMention> Find(string text, IReadOnlyList<Token> tokens)
    {
        var found = new List<NumberMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var next = tokens[i].Kind switch
            {
                TokenKind.Number => ReadDigits(text, tokens, i, found),
                TokenKind.Word => ReadWords(text, tokens, i, found),
                _ => i + 1,
            };
            i = Math.Max(next, i + 1);
        }
        return found;
    }

    /// <summary>
    /// Value of a digit token in matching form ("1,500" → 1500, "2.5" → 2.5), or null for digit groups that are
    /// not one number: dotted dates and versions («16.03.2025», «10.0.1») are left to the stages that read them.
    /// </summary>
    public static double? ParseDigits(string form)
    {
        // A digit run longer than any count or year is an identifier (a phone, an ID, hostile input), not a number
        if (form.Count(c => c == '.') > 1 || form.Count(char.IsAsciiDigit) > MaxDigits)
            return null;
        return double.TryParse(form.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private int ReadDigits(string text, IReadOnlyList<Token> tokens, int i, List<NumberMention> found)
    {
        if (ParseDigits(tokens[i].Form) is not { } value)
            return i + 1;
        var end = i;
        // «3 آلاف», «2 مليون»
        if (i + 1 < tokens.Count && Lookup(tokens[i + 1], allowPrefix: false) is { } m && m.Entry.Class is WordClass.Thousand or WordClass.Million && m.Entry.Value is 1000 or 1_000_000 or 1_000_000_000)
        {
            value *= m.Entry.Value;
            end = i + 1;
        }
        Add(found, text, tokens, i, end, value, NumberKind.Cardinal, null);
        return end + 1;
    }

    private int ReadWords(string text, IReadOnlyList<Token> tokens, int i, List<NumberMention> found)
    {
        if (Lookup(tokens[i], allowPrefix: true) is not { } first)
            return i + 1;
        // «آلاف المقاتلين» alone is a vague quantity; «ثلاثة آلاف» is read by the cardinal grammar
        if (lexicon.TryGet(first.Stem, WordClass.Vague, out var vague))
            first = (vague, first.Stem);
        switch (first.Entry.Class)
        {
            case WordClass.Vague:
                Add(found, text, tokens, i, i, first.Entry.Value, NumberKind.Vague, first.Entry.Max);
                return i + 1;
            case WordClass.Ordinal or WordClass.OrdinalUnit:
                return ReadOrdinal(text, tokens, i, first.Entry, found);
            default:
                return ReadCardinal(text, tokens, i, found);
        }
    }

    private int ReadOrdinal(string text, IReadOnlyList<Token> tokens, int i, Entry first, List<NumberMention> found)
    {
        var value = first.Value;
        var end = i;
        if (value < 10 && i + 1 < tokens.Count && IsTen(tokens[i + 1].Form))
        {
            value += 10; // الحادي عشر, التاسع عشر
            end = i + 1;
        }
        else if (value < 10 && i + 1 < tokens.Count && ConjoinedTens(tokens[i + 1]) is { } tens)
        {
            value += tens; // الحادي والعشرين, الحادي والثلاثين
            end = i + 1;
        }
        else if (first.Class == WordClass.OrdinalUnit)
        {
            return i + 1; // «الحادي» alone is not an ordinal
        }
        Add(found, text, tokens, i, end, value, NumberKind.Ordinal, null);
        return end + 1;
    }

    private int ReadCardinal(string text, IReadOnlyList<Token> tokens, int i, List<NumberMention> found)
    {
        double total = 0, current = 0;
        var j = i;
        var end = i;
        var first = true;
        while (j < tokens.Count)
        {
            var term = first ? Lookup(tokens[j], allowPrefix: true) : Conjoined(tokens[j]);
            if (term is not { } t || t.Entry.Class is WordClass.Vague or WordClass.Ordinal or WordClass.OrdinalUnit)
                break;
            var e = t.Entry;
            var nextForm = j + 1 < tokens.Count ? tokens[j + 1] : null;
            switch (e.Class)
            {
                case WordClass.Unit when nextForm is not null && e.Value < 10 && IsTen(nextForm.Form):
                    current += e.Value + 10; // ثلاثة عشر
                    j++;
                    break;
                case WordClass.Unit when nextForm is not null && Lookup(nextForm, allowPrefix: false) is { Entry.Class: WordClass.Hundred, Entry.Value: 100 }:
                    current += e.Value * 100; // ثلاث مئة
                    j++;
                    break;
                case WordClass.Unit when nextForm is not null && Lookup(nextForm, allowPrefix: false) is { Entry.Class: WordClass.Thousand or WordClass.Million } mult:
                    total += (current + e.Value) * mult.Entry.Value; // ثلاثة آلاف, خمسة ملايين
                    current = 0;
                    j++;
                    break;
                case WordClass.Thousand or WordClass.Million:
                    total += (current == 0 ? 1 : current) * e.Value;
                    current = 0;
                    break;
                default:
                    current += e.Value;
                    break;
            }
            end = j;
            j++;
            first = false;
        }
        Add(found, text, tokens, i, end, total + current, NumberKind.Cardinal, null);
        return end + 1;
    }

    private bool IsTen(string form) => lexicon.TryGet(form, WordClass.Unit, out var e) && e.Value == 10;

    private double? ConjoinedTens(Token token)
    {
        foreach (var r in token.Readings)
        {
            if (r.Is(Proclitic.And) && lexicon.TryGet(r.Stem, WordClass.Ordinal, out var e) && e.Value >= 20)
                return e.Value;
        }
        return null;
    }

    /// <summary>A later term of a compound: «وخمسين», «وعشرون».</summary>
    private (Entry Entry, string Prefix)? Conjoined(Token token)
    {
        foreach (var r in token.Readings)
        {
            if (r.Is(Proclitic.And) && lexicon.TryGetAny(r.Stem, out var e))
                return (e, r.Prefix);
        }
        return null;
    }

    private (Entry Entry, string Stem)? Lookup(Token token, bool allowPrefix)
    {
        if (!token.IsWord)
            return null;
        foreach (var r in token.Readings)
        {
            if (r.Prefix.Length > 0 && !allowPrefix)
                continue;
            if (!lexicon.TryGetAny(r.Stem, out var e))
                continue;
            // «الأحد» is Sunday, «الاثنين» Monday and «الواحد» an epithet: not «one» or «two»
            if (e.Class == WordClass.Unit && e.Value <= 2 && r.HasArticle)
                continue;
            return (e, r.Stem);
        }
        return null;
    }

    private static void Add(List<NumberMention> found, string text, IReadOnlyList<Token> tokens, int first, int last, double value, NumberKind kind, double? max)
    {
        var span = new Span(tokens[first].Span.Start, tokens[last].Span.End);
        found.Add(new NumberMention(span, text[span.Start..span.End], value, kind, max));
    }
}
