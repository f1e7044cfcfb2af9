using Athar.Text;

namespace Athar.Places;

/// <summary>A gazetteer name found in the text: its tokens, the reading of its first token, and the name entry.</summary>
internal sealed record NameMatch(int First, int Last, CliticReading Reading, NameEntry Name, Span Span);

/// <summary>
/// Finds gazetteer names in a token list with the gazetteer's phrase matcher: at each word, each clitic reading's
/// stem is looked up by the first word of the names («بريف» → ريف, «وإدلب» → إدلب), and the longest name whose later
/// words follow (hyphens may join them) wins. One dictionary lookup per reading: no scan over the gazetteer.
/// </summary>
internal sealed class NameMatcher(Gazetteer gazetteer, PlaceLexicon lexicon)
{
    public List<NameMatch> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<NameMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (Longest(tokens, i) is { } match)
            {
                found.Add(match);
                i = match.Last + 1;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    private NameMatch? Longest(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord)
            return null;
        // «مدينة» is a cue, not Medina; «hit» is no Hit
        var found = gazetteer.Names.LongestAt(tokens, i, accept: name => !(name.Words.Count == 1 && lexicon.IsGrammarWord(name.Form)) && LatinCaseFits(token, name));
        if (found is not { } match)
            return null;
        var reading = new CliticReading(match.Prefix, match.Value.Words[0]);
        return new NameMatch(i, match.Last, reading, match.Value, new Span(PlaceTokens.StemStart(token, reading), tokens[match.Last].Span.End));
    }

    /// <summary>A Latin name must be capitalised in the text: «Hit» the Iraqi town, not «hit».</summary>
    private static bool LatinCaseFits(Token token, NameEntry name) =>
        !(name.Words[0][0] is >= 'a' and <= 'z') || char.IsUpper(token.Text[0]);
}
