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
/// word already taken by another mention, or after a family name with the article («… السوداني»). Words the
/// name lexicons do not know are allowed sparingly (one without a title or cue, and only last), so a name does
/// not run on into the verb or noun after it («عباس دعا …»).
/// </summary>
internal sealed class NameReader(ActorScan scan, PersonLexicon lexicon, AgentLexicon agents, NameTransliterator nameWords)
{
    private const int MaxUnits = 5;
    private static FunctionWords Grammar => FunctionWords.Default;

    public NameRead? Read(int start, string prefix, NameEvidence evidence)
    {
        var tokens = scan.Tokens;
        var units = 0;
        var j = start;
        var last = -1;
        var startsWithName = false;
        var familyName = false;
        var unknownAllowed = evidence switch { NameEvidence.None => 1, NameEvidence.Title => 2, _ => 3 };
        while (units < MaxUnits && j < tokens.Count && IsNameWord(j, j == start ? prefix : ""))
        {
            var form = j == start ? StemOf(tokens[j], prefix) : tokens[j].Form;
            if (units > 0 && (IsConjoinedName(tokens[j]) || HasParticleAndArticle(form)))
                break;
            var definite = TokenText.IsDefinite(tokens[j], j == start ? prefix : "");
            var pairsWithNext = j + 1 < tokens.Count && IsNameWord(j + 1, "") &&
                (Kunya.IsServant(form) || Kunya.IsFather(form) || Kunya.IsMother(form) || (units > 0 && Grammar.Is(form, "name-connector")) ||
                 (!definite && Grammar.Is(tokens[j + 1].Form, "name-compound") && (IsGivenName(form, commonToo: true) || nameWords.Knows(form))));
            var known = pairsWithNext || definite || IsGivenName(form, commonToo: true) || nameWords.Knows(form) || Kunya.StartsWithServant(form) || Kunya.IsServant(form);
            if (!known && units > 0 && (unknownAllowed == 0 || (evidence == NameEvidence.None && LooksLikeVerbOrParticle(form))))
                break;
            if (units == 0)
                startsWithName = pairsWithNext || IsGivenName(form, commonToo: true) || Kunya.StartsWithServant(form) || Kunya.IsServant(form);
            if (!known)
                unknownAllowed--;
            var end = pairsWithNext ? j + 1 : j;
            familyName = !pairsWithNext && definite;
            units++;
            last = end;
            j = end + 1;
            if (familyName || (!known && evidence == NameEvidence.None))
                break;
        }
        if (units > 0 && !familyName && IsNisbaOfCountry(j))
        {
            last = j; // «ماهر المصري»: after a name, a country adjective with the article is a family name
            units++;
            familyName = true;
        }
        if (units == 0)
            return null;
        var read = new NameRead(start, last, prefix, units, startsWithName, familyName);
        return IsEnough(read, evidence) ? read : null;
    }

    /// <summary>The words between an opening quote at <paramref name="open"/> and its closing quote (at most six; digits are not a name).</summary>
    public NameRead? ReadQuoted(int open)
    {
        var tokens = scan.Tokens;
        var j = open + 1;
        while (j < tokens.Count && j - open <= 7 && tokens[j].IsWord)
            j++;
        if (j >= tokens.Count || j == open + 1 || scan.SentenceOf[j] != scan.SentenceOf[open])
            return null;
        if (tokens[open].Is(Punct.OpeningBracket) ? !tokens[j].Is(Punct.ClosingBracket) : !tokens[j].Is(Punct.Quote | Punct.Hash))
            return null;
        return new NameRead(open + 1, j - 1, "", j - open - 1, true, false);
    }

    private bool IsNisbaOfCountry(int j) =>
        j < scan.Tokens.Count && scan.CanWhole(j, WordFlags.Country) && scan.IsFree(j) && TokenText.IsDefinite(scan.Tokens[j]) &&
        agents.Countries.LongestAt(scan.Tokens, j, proclitics: false) is { Value.IsAdjective: true, First: var f, Last: var l } && f == l;

    public bool IsGivenName(string form, bool commonToo) =>
        lexicon.GivenNames.TryGetValue(form, out var given) && (commonToo || !given.Common);

    /// <summary>A word that can be part of a name: Arabic, free, not a stop word, title, country or agent word.</summary>
    public bool IsNameWord(int j, string prefix)
    {
        var token = scan.Tokens[j];
        if (!token.IsWord || token.Form.Length < 2 || !scan.IsFree(j) || !ArabicCharacters.IsArabicLetter(token.Form[0]))
            return false;
        var form = StemOf(token, prefix);
        if (form.Length < 2 || (lexicon.Stopwords.Contains(form) && !IsAli(token, form)))
            return false;
        return prefix.Length > 0 ||
            !scan.CanWhole(j, WordFlags.Title | WordFlags.Country | WordFlags.Agent) ||
            (lexicon.Titles.LongestAt(scan.Tokens, j, proclitics: false) is null &&
             agents.Countries.LongestAt(scan.Tokens, j, proclitics: false) is null &&
             agents.Agents.LongestAt(scan.Tokens, j, proclitics: false) is null);
    }

    public static string StemOf(Token token, string prefix) =>
        prefix.Length > 0 && token.Form.StartsWith(prefix, StringComparison.Ordinal) ? token.Form[prefix.Length..] : token.Form;

    /// <summary>
    /// Enough evidence for a name: after a cue anything; after a title a name that starts like one, or two or
    /// three words ending in a nisba («ثابت العباسي») — not «سيزور المنطقة»; with nothing before it a given name and more.
    /// </summary>
    private bool IsEnough(NameRead name, NameEvidence evidence) => evidence switch
    {
        NameEvidence.Cue => true,
        NameEvidence.Title => name.StartsWithName
            ? name.Units >= 2 || name.Last > name.First
            : name.Units is 2 or 3 && name.EndsWithFamilyName && IsNisba(scan.Tokens[name.Last]) && !LooksLikeVerbOrParticle(StemOf(scan.Tokens[name.First], name.Prefix)),
        _ => name.StartsWithName && name.Units >= 2,
    };

    /// <summary>«علي» (Ali) and «على» (on) share a matching form; only the spelling with ي is the name.</summary>
    private static bool IsAli(Token token, string form) => Grammar.Is(form, "on") && !token.Text.EndsWith('ى');

    /// <summary>«والحديث», «بالتعاون»: a conjunction or preposition with the article never continues a name.</summary>
    private static bool HasParticleAndArticle(string form) =>
        form.Length > 4 && ParticlesWithArticle.Any(p => form.StartsWith(p, StringComparison.Ordinal));

    // «وال», «فال», «بال», «كال», and «لل» (the article's alef elided after «ل»)
    private static readonly string[] ParticlesWithArticle =
        [.. new[] { Clitics.And, Clitics.Then, Clitics.With, Clitics.Like }.Select(c => c + Clitics.Article), Clitics.To + Clitics.Article[1..]];

    /// <summary>
    /// After a bare given name, an unknown word with an imperfect-verb prefix («يعتقد») or a proclitic («بتاريخ»,
    /// «ويجلس») is more often the next word of the sentence than a family name.
    /// </summary>
    private static bool LooksLikeVerbOrParticle(string form) => form.Length >= 4 && form[0] is 'ي' or 'ت' or 'ن' or 'س' or 'ل' or 'ك' or 'و' or 'ف';

    private static bool IsNisba(Token token) => WordEndings.IsNisba(token.Form);

    /// <summary>«وأحمد» after a name starts another name: «محمد وأحمد» is two people.</summary>
    private bool IsConjoinedName(Token token) =>
        token.Form.StartsWith(Clitics.And) && token.Form.Length > 3 && lexicon.GivenNames.ContainsKey(token.Form[1..]);
}
