using Athar.Text;

namespace Athar.Actors;

/// <summary>How much evidence a name needs to be read where it starts.</summary>
internal enum NameEvidence
{
    /// <summary>No title or cue before it: it must start with a given name and have two parts («أحمد الخبيل»).</summary>
    None,

    /// <summary>After a title, rank or honorific: a given name, kunya or «عبد …», or two parts ending in a family name.</summary>
    Title,

    /// <summary>After a cue («المدعو», «يدعى»): any name-like word.</summary>
    Cue,
}

/// <summary>A name read from the tokens: First..Last, proclitics read off the first token, and how it is built.</summary>
internal readonly record struct NameRead(int First, int Last, string Prefix, int Units, bool StartsWithName, bool EndsWithFamilyName);

/// <summary>
/// Reads the extent of a person name: units are single words or pairs that belong together («عبد الله»,
/// «أبو بكر», «بن لادن», «نور الدين»); the name ends at a stop word, punctuation, a title, a country word, a
/// word already taken by another mention, or after a family name with the article («… السوداني»).
/// </summary>
internal sealed class NameReader(ActorScan scan, PersonLexicon lexicon, AgentLexicon agents)
{
    private const int MaxUnits = 5;
    private static readonly string[] Compounds = ["الدين", "الله", "الاسلام"];
    private static readonly string[] Connectors = ["بن", "ابن", "بنت"];

    public NameRead? Read(int start, string prefix, NameEvidence evidence)
    {
        var tokens = scan.Tokens;
        var units = 0;
        var j = start;
        var last = -1;
        var startsWithName = false;
        var familyName = false;
        while (units < MaxUnits && j < tokens.Count && IsNameWord(j, j == start ? prefix : ""))
        {
            var form = j == start ? StemOf(tokens[j], prefix) : tokens[j].Form;
            if (units > 0 && IsConjoinedName(tokens[j]))
                break;
            var pairsWithNext = j + 1 < tokens.Count && IsNameWord(j + 1, "") &&
                (form == "عبد" || Kunya.IsFather(form) || Kunya.IsMother(form) || (units > 0 && Array.IndexOf(Connectors, form) >= 0) ||
                 (!TokenText.IsDefinite(tokens[j], j == start ? prefix : "") && Array.IndexOf(Compounds, tokens[j + 1].Form) >= 0));
            if (units == 0)
                startsWithName = pairsWithNext || IsGivenName(form, evidence != NameEvidence.None) || form.StartsWith("عبد", StringComparison.Ordinal);
            var end = pairsWithNext ? j + 1 : j;
            familyName = !pairsWithNext && TokenText.IsDefinite(tokens[j], j == start ? prefix : "");
            units++;
            last = end;
            j = end + 1;
            if (familyName)
                break;
        }
        if (units == 0)
            return null;
        var read = new NameRead(start, last, prefix, units, startsWithName, familyName);
        return IsEnough(read, evidence) ? read : null;
    }

    /// <summary>The words between an opening quote at <paramref name="open"/> and its closing quote (at most six).</summary>
    public NameRead? ReadQuoted(int open)
    {
        var tokens = scan.Tokens;
        var j = open + 1;
        while (j < tokens.Count && j - open <= 7 && tokens[j].Kind != TokenKind.Punct)
            j++;
        if (j >= tokens.Count || j == open + 1 || scan.SentenceOf[j] != scan.SentenceOf[open])
            return null;
        if (tokens[open].Text == "(" ? tokens[j].Text != ")" : !TokenText.IsQuote(tokens[j].Text))
            return null;
        return new NameRead(open + 1, j - 1, "", j - open - 1, true, false);
    }

    public bool IsGivenName(string form, bool commonToo) =>
        lexicon.GivenNames.TryGetValue(form, out var given) && (commonToo || !given.Common);

    /// <summary>A word that can be part of a name: Arabic, free, not a stop word, title, country or agent word.</summary>
    public bool IsNameWord(int j, string prefix)
    {
        var token = scan.Tokens[j];
        if (!token.IsWord || !scan.IsFree(j) || !ArabicCharacters.IsArabicLetter(token.Form[0]))
            return false;
        var form = StemOf(token, prefix);
        if (form.Length < 2 || lexicon.Stopwords.Contains(form))
            return false;
        return prefix.Length > 0 || (lexicon.Titles.Match(scan.Tokens, j, proclitics: false) is null &&
            agents.Countries.Match(scan.Tokens, j, proclitics: false) is null &&
            agents.Agents.Match(scan.Tokens, j, proclitics: false) is null);
    }

    public static string StemOf(Token token, string prefix) =>
        prefix.Length > 0 && token.Form.StartsWith(prefix, StringComparison.Ordinal) ? token.Form[prefix.Length..] : token.Form;

    private static bool IsEnough(NameRead name, NameEvidence evidence) => evidence switch
    {
        NameEvidence.Cue => true,
        NameEvidence.Title => name.StartsWithName ? name.Units >= 2 || name.Last > name.First : name.Units >= 2 && name.Units <= 3 && name.EndsWithFamilyName,
        _ => name.StartsWithName && name.Units >= 2,
    };

    /// <summary>«وأحمد» after a name starts another name: «محمد وأحمد» is two people.</summary>
    private bool IsConjoinedName(Token token) =>
        token.Form.StartsWith('و') && token.Form.Length > 3 && lexicon.GivenNames.ContainsKey(token.Form[1..]);
}
