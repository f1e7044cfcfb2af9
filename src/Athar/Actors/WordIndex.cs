using System.Collections.Frozen;
using Athar.Text;

namespace Athar.Actors;

/// <summary>Which lexicons a word (in one of its clitic readings) can start an entry of.</summary>
[Flags]
internal enum WordFlags
{
    None = 0,
    Alias = 1,
    Agent = 2,
    Country = 4,
    Title = 8,
    PlaceName = 16,
    PlaceIntroducer = 32,
    GivenName = 64,
    Kunya = 128,
    Anaphor = 256,
    Head = 512,
    MediaCue = 1024,
    Stopword = 2048,
}

/// <summary>
/// One lookup per clitic reading tells every pass whether a token can start an entry of its lexicons, so the
/// passes probe their tries only at the few tokens that can match (the stage must run at hundreds of articles
/// per second). A prefilter only: the tries still decide.
/// </summary>
internal sealed class WordIndex
{
    private readonly FrozenDictionary<string, WordFlags> _flags;

    public WordIndex(ActorCatalogue catalogue, AgentLexicon agents, PersonLexicon persons, AnaphorLexicon anaphors, AliasContext context)
    {
        var flags = new Dictionary<string, WordFlags>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> forms, WordFlags flag)
        {
            foreach (var form in forms)
                flags[form] = flags.GetValueOrDefault(form) | flag;
        }
        Mark(catalogue.Aliases.FirstForms, WordFlags.Alias);
        Mark(agents.Agents.FirstForms, WordFlags.Agent);
        Mark(agents.Countries.FirstForms, WordFlags.Country);
        Mark(persons.Titles.FirstForms, WordFlags.Title);
        Mark(persons.PlaceNames.FirstForms, WordFlags.PlaceName);
        Mark(persons.PlaceIntroducers, WordFlags.PlaceIntroducer);
        Mark(persons.GivenNames.Keys, WordFlags.GivenName);
        Mark(Kunya.AllWords, WordFlags.Kunya);
        Mark(anaphors.Words.Keys, WordFlags.Anaphor);
        Mark(context.Heads.Keys, WordFlags.Head);
        Mark(context.MediaCues, WordFlags.MediaCue);
        Mark(persons.Stopwords, WordFlags.Stopword);
        _flags = flags.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The flags of every reading of each token, and of the whole word alone.</summary>
    public (WordFlags[] AnyReading, WordFlags[] Whole) Of(IReadOnlyList<Token> tokens)
    {
        var any = new WordFlags[tokens.Count];
        var whole = new WordFlags[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punct)
                continue;
            whole[i] = _flags.GetValueOrDefault(token.Form);
            var readings = token.Readings;
            var f = whole[i];
            for (var r = 1; r < readings.Count; r++)
                f |= _flags.GetValueOrDefault(readings[r].Stem);
            any[i] = f;
        }
        return (any, whole);
    }
}
