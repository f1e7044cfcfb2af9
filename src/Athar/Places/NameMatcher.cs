using Athar.Text;

namespace Athar.Places;

/// <summary>A gazetteer name found in the text: its tokens, the reading of its first token, and the name entry.</summary>
internal sealed record NameMatch(int First, int Last, CliticReading Reading, NameEntry Name, Span Span);

/// <summary>
/// Finds gazetteer names in a token list: at each word, each clitic reading's stem is looked up by the first
/// word of the names («بريف» → ريف, «وإدلب» → إدلب), and the longest name whose later words follow wins.
/// One dictionary lookup per reading: no scan over the gazetteer.
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
        NameMatch? best = null;
        foreach (var reading in PlaceTokens.Readings(token))
        {
            foreach (var name in gazetteer.NamesStartingWith(reading.Stem))
            {
                if (best is not null && name.Words.Count <= best.Last - best.First + 1)
                    break; // names are ordered longest first
                if (name.Words.Count == 1 && lexicon.IsGrammarWord(name.Form))
                    continue; // «مدينة» is a cue, not Medina
                var last = MatchRest(tokens, i, name);
                if (last < 0 || !LatinCaseFits(token, name))
                    continue;
                var start = PlaceTokens.StemStart(token, reading);
                var candidate = new NameMatch(i, last, reading, name, new Span(start, tokens[last].Span.End));
                if (best is null || last > best.Last)
                    best = candidate;
                break;
            }
        }
        return best;
    }

    /// <summary>Index of the name's last token when its other words follow token i (hyphens may join them), else -1.</summary>
    private static int MatchRest(IReadOnlyList<Token> tokens, int i, NameEntry name)
    {
        var j = i;
        for (var w = 1; w < name.Words.Count; w++)
        {
            j++;
            while (j < tokens.Count && tokens[j].Is(Punct.NameJoiner))
                j++;
            if (j >= tokens.Count || tokens[j].Form != name.Words[w])
                return -1;
        }
        return j;
    }

    /// <summary>A Latin name must be capitalised in the text: «Hit» the Iraqi town, not «hit».</summary>
    private static bool LatinCaseFits(Token token, NameEntry name) =>
        !(name.Words[0][0] is >= 'a' and <= 'z') || char.IsUpper(token.Text[0]);
}
